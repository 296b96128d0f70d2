-- Procedure catalog: fields, versioned releases and the procedure versions inside them.
-- A published procedure row is never updated: a dossier keeps the version it was received under and
-- a new release brings new rows. SQL shared by H2 2.x and PostgreSQL; sequences as in V1.
-- Fields start their block at 51: ids 1-8 are the fields inserted at the end of this script.
CREATE SEQUENCE catalog_field_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE catalog_release_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_procedure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_required_document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_workflow_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_workflow_step_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE catalog_field (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name    VARCHAR(255) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT catalog_field_code_uk UNIQUE (code)
);

CREATE TABLE catalog_release (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    decision_number VARCHAR(60)  NOT NULL,
    decision_date   DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    imported_at     TIMESTAMP    NOT NULL,
    published_at    TIMESTAMP,
    effective_from  DATE,
    superseded_from DATE,
    superseded_by   VARCHAR(40),
    version         BIGINT       NOT NULL,
    CONSTRAINT catalog_release_code_uk UNIQUE (code)
);

CREATE TABLE catalog_workflow (
    id BIGINT NOT NULL PRIMARY KEY
);

CREATE TABLE catalog_procedure (
    id              BIGINT        NOT NULL PRIMARY KEY,
    release_id      BIGINT        NOT NULL REFERENCES catalog_release (id),
    position        INTEGER       NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(500)  NOT NULL,
    search_name     VARCHAR(500)  NOT NULL,
    field_id        BIGINT        NOT NULL REFERENCES catalog_field (id),
    online_level    VARCHAR(20)   NOT NULL,
    agency_code     VARCHAR(40)   NOT NULL,
    applicants      VARCHAR(1000) NOT NULL,
    steps_text      VARCHAR(4000) NOT NULL,
    conditions_text VARCHAR(4000),
    legal_basis     VARCHAR(4000) NOT NULL,
    result_text     VARCHAR(1000) NOT NULL,
    term_unit       VARCHAR(20)   NOT NULL,
    term_amount     DECIMAL(7, 2) NOT NULL,
    term_cut_off    TIME,
    fee_text        VARCHAR(1000),
    fee_amount      DECIMAL(15, 0),
    workflow_id     BIGINT        NOT NULL REFERENCES catalog_workflow (id),
    CONSTRAINT catalog_procedure_code_uk UNIQUE (release_id, code),
    CONSTRAINT catalog_procedure_workflow_uk UNIQUE (workflow_id)
);
CREATE INDEX catalog_procedure_field_ix ON catalog_procedure (release_id, field_id);
CREATE INDEX catalog_procedure_search_ix ON catalog_procedure (release_id, search_name);

CREATE TABLE catalog_procedure_channel (
    procedure_id BIGINT        NOT NULL REFERENCES catalog_procedure (id),
    position     INTEGER       NOT NULL,
    channel      VARCHAR(20)   NOT NULL,
    term_unit    VARCHAR(20)   NOT NULL,
    term_amount  DECIMAL(7, 2) NOT NULL,
    term_cut_off TIME,
    fee_text     VARCHAR(1000),
    fee_amount   DECIMAL(15, 0),
    CONSTRAINT catalog_procedure_channel_pk PRIMARY KEY (procedure_id, position),
    CONSTRAINT catalog_procedure_channel_uk UNIQUE (procedure_id, channel)
);

CREATE TABLE catalog_procedure_form (
    procedure_id BIGINT       NOT NULL REFERENCES catalog_procedure (id),
    position     INTEGER      NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(500) NOT NULL,
    CONSTRAINT catalog_procedure_form_pk PRIMARY KEY (procedure_id, position)
);

CREATE TABLE catalog_required_document (
    id             BIGINT        NOT NULL PRIMARY KEY,
    procedure_id   BIGINT        NOT NULL REFERENCES catalog_procedure (id),
    position       INTEGER       NOT NULL,
    name           VARCHAR(1000) NOT NULL,
    document_form  VARCHAR(20)   NOT NULL,
    copies         INTEGER       NOT NULL,
    condition_text VARCHAR(1000),
    template_code  VARCHAR(40),
    CONSTRAINT catalog_required_document_uk UNIQUE (procedure_id, position)
);

CREATE TABLE catalog_workflow_step (
    id             BIGINT        NOT NULL PRIMARY KEY,
    workflow_id    BIGINT        NOT NULL REFERENCES catalog_workflow (id),
    position       INTEGER       NOT NULL,
    name           VARCHAR(500)  NOT NULL,
    agency_code    VARCHAR(40)   NOT NULL,
    role_name      VARCHAR(20)   NOT NULL,
    budget_days    DECIMAL(7, 2) NOT NULL,
    parallel_group VARCHAR(20),
    actions        VARCHAR(200)  NOT NULL,
    CONSTRAINT catalog_workflow_step_uk UNIQUE (workflow_id, position)
);

-- The fields of the demo district's one-stop desk; further fields are data (CatalogAdministration).
INSERT INTO catalog_field (id, code, name, version) VALUES (1, 'DAT_DAI', 'Đất đai', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (2, 'MOI_TRUONG', 'Môi trường', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (3, 'AN_TOAN_THUC_PHAM', 'An toàn thực phẩm', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (4, 'DAU_TU_XDCB', 'Đầu tư xây dựng cơ bản', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (5, 'HO_KINH_DOANH', 'Đăng ký kinh doanh (hộ kinh doanh)', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (6, 'CAP_PHEP_XAY_DUNG', 'Cấp phép xây dựng', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (7, 'HO_TICH', 'Hộ tịch', 0);
INSERT INTO catalog_field (id, code, name, version) VALUES (8, 'CHUNG_THUC', 'Chứng thực', 0);
