CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    event_id    VARCHAR(36)  NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    subject     VARCHAR(200),
    detail      VARCHAR(2000),
    CONSTRAINT audit_event_event_uk UNIQUE (event_id)
);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
