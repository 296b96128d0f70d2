-- Dossiers (hồ sơ), their applicants, the append-only hash-chained event journal and the daily
-- counters behind gap-free dossier codes (Circular 01/2018/TT-VPCP Art. 19). A dossier keeps the
-- procedure version it was received under. SQL shared by H2 2.x and PostgreSQL; sequences as in V1.
CREATE SEQUENCE applicant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE applicant (
    id          BIGINT       NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    id_kind     VARCHAR(20)  NOT NULL,
    id_number   VARCHAR(20)  NOT NULL,
    phone       VARCHAR(10),
    email       VARCHAR(254),
    address     VARCHAR(500),
    version     BIGINT       NOT NULL,
    CONSTRAINT applicant_identity_uk UNIQUE (id_kind, id_number)
);
CREATE INDEX applicant_phone_ix ON applicant (phone);
CREATE INDEX applicant_id_number_ix ON applicant (id_number);

CREATE TABLE dossier (
    id                BIGINT        NOT NULL PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL,
    procedure_id      BIGINT        NOT NULL REFERENCES catalog_procedure (id),
    desk_id           BIGINT        NOT NULL REFERENCES agency (id),
    channel           VARCHAR(20)   NOT NULL,
    applicant_id      BIGINT        NOT NULL REFERENCES applicant (id),
    delegate_name     VARCHAR(200),
    delegate_id       VARCHAR(20),
    delegate_phone    VARCHAR(10),
    received_at       TIMESTAMP     NOT NULL,
    appointment_at    TIMESTAMP     NOT NULL,
    statutory_due_at  TIMESTAMP     NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    current_step      INTEGER       NOT NULL,
    pin_hash          VARCHAR(100)  NOT NULL,
    pin_salt          VARCHAR(40)   NOT NULL,
    document_sets     INTEGER       NOT NULL,
    notes             VARCHAR(2000),
    paused_at         TIMESTAMP,
    apologised_at     TIMESTAMP,
    decided_at        TIMESTAMP,
    finished_at       TIMESTAMP,
    timeliness        VARCHAR(20),
    collected_by      VARCHAR(200),
    event_count       INTEGER       NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT dossier_code_uk UNIQUE (code)
);
CREATE INDEX dossier_desk_received_ix ON dossier (desk_id, received_at);
CREATE INDEX dossier_status_ix ON dossier (status, appointment_at);
CREATE INDEX dossier_applicant_ix ON dossier (applicant_id);

-- The steps of a parallel group still open; empty between stages.
CREATE TABLE dossier_open_step (
    dossier_id BIGINT  NOT NULL REFERENCES dossier (id),
    step       INTEGER NOT NULL,
    CONSTRAINT dossier_open_step_pk PRIMARY KEY (dossier_id, step)
);

-- Append-only: rows are inserted, never updated or deleted; each hash covers the previous one.
CREATE TABLE dossier_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    dossier_id     BIGINT        NOT NULL REFERENCES dossier (id),
    sequence_no    INTEGER       NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    from_status    VARCHAR(30),
    to_status      VARCHAR(30)   NOT NULL,
    step           INTEGER       NOT NULL,
    note           VARCHAR(2000),
    attachment_ids VARCHAR(1000),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    CONSTRAINT dossier_event_sequence_uk UNIQUE (dossier_id, sequence_no)
);

-- One row per desk and day; the last code number handed out, raised under a row lock.
CREATE TABLE dossier_counter (
    agency_code VARCHAR(40) NOT NULL,
    counter_day DATE        NOT NULL,
    last_number INTEGER     NOT NULL,
    CONSTRAINT dossier_counter_pk PRIMARY KEY (agency_code, counter_day)
);
