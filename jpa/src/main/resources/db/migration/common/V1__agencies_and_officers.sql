-- Agency tree and staff accounts. Written in the SQL that H2 (2.x) and PostgreSQL share.
-- Sequences start at their increment: EclipseLink reads NEXTVAL as the last id of a block of 50.
CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE officer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE role_assignment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agency (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    parent_id    BIGINT       REFERENCES agency (id),
    address      VARCHAR(500),
    active_from  DATE         NOT NULL,
    active_until DATE,
    version      BIGINT       NOT NULL,
    CONSTRAINT agency_code_uk UNIQUE (code)
);
CREATE INDEX agency_parent_ix ON agency (parent_id);

CREATE TABLE officer (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    email                VARCHAR(200),
    agency_id            BIGINT       NOT NULL REFERENCES agency (id),
    password_hash        VARCHAR(100) NOT NULL,
    password_salt        VARCHAR(100) NOT NULL,
    password_iterations  INTEGER      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    must_change_password BOOLEAN      NOT NULL,
    last_sign_in         TIMESTAMP,
    version              BIGINT       NOT NULL,
    CONSTRAINT officer_username_uk UNIQUE (username)
);

CREATE TABLE role_assignment (
    id         BIGINT      NOT NULL PRIMARY KEY,
    officer_id BIGINT      NOT NULL REFERENCES officer (id),
    agency_id  BIGINT      NOT NULL REFERENCES agency (id),
    role_name  VARCHAR(20) NOT NULL,
    CONSTRAINT role_assignment_uk UNIQUE (officer_id, agency_id, role_name)
);
