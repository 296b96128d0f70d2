-- Processing of dossiers: the department tasks created from routing messages, the documents ticked at
-- reception (with their scans), the files added while processing, the result, warnings and staff
-- notifications. SQL shared by H2 2.x and PostgreSQL; sequences as in V1.
CREATE SEQUENCE dossier_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

-- One task per workflow step each time a hand-off opens it. The routing message of the event that
-- opened it (dossier, event number, step) is unique: a redelivered message cannot create a second task.
CREATE TABLE dossier_task (
    id            BIGINT        NOT NULL PRIMARY KEY,
    dossier_id    BIGINT        NOT NULL REFERENCES dossier (id),
    step          INTEGER       NOT NULL,
    opened_event  INTEGER       NOT NULL,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    role_name     VARCHAR(20)   NOT NULL,
    opened_at     TIMESTAMP     NOT NULL,
    due_at        TIMESTAMP     NOT NULL,
    given_by      VARCHAR(60)   NOT NULL,
    assignee      VARCHAR(60),
    accepted_at   TIMESTAMP,
    closed_at     TIMESTAMP,
    closed_by     VARCHAR(60),
    outcome       VARCHAR(30),
    timeliness    VARCHAR(20),
    warning       VARCHAR(20),
    version       BIGINT        NOT NULL,
    CONSTRAINT dossier_task_handoff_uk UNIQUE (dossier_id, opened_event, step)
);
-- the inbox: open tasks of a department, oldest due first
CREATE INDEX dossier_task_inbox_ix ON dossier_task (agency_id, closed_at, due_at);
-- the warning job: open tasks by due instant
CREATE INDEX dossier_task_due_ix ON dossier_task (closed_at, due_at);
CREATE INDEX dossier_task_assignee_ix ON dossier_task (assignee, closed_at);

-- The checklist of form 01 as ticked at the desk, with the scan when one was attached.
CREATE TABLE dossier_document (
    id             BIGINT        NOT NULL PRIMARY KEY,
    dossier_id     BIGINT        NOT NULL REFERENCES dossier (id),
    kind           VARCHAR(20)   NOT NULL,
    name           VARCHAR(500)  NOT NULL,
    document_form  VARCHAR(20),
    copies         INTEGER       NOT NULL,
    step           INTEGER       NOT NULL,
    stored_file_id BIGINT        REFERENCES stored_file (id),
    added_by       VARCHAR(60)   NOT NULL,
    added_at       TIMESTAMP     NOT NULL
);
CREATE INDEX dossier_document_dossier_ix ON dossier_document (dossier_id);

ALTER TABLE dossier ADD COLUMN warning VARCHAR(20);
ALTER TABLE applicant ADD COLUMN search_name VARCHAR(200);
UPDATE applicant SET search_name = LOWER(full_name);
ALTER TABLE applicant ALTER COLUMN search_name SET NOT NULL;
CREATE INDEX applicant_search_name_ix ON applicant (search_name);
CREATE INDEX dossier_received_ix ON dossier (received_at);
CREATE INDEX dossier_procedure_ix ON dossier (procedure_id);

-- Messages for officers (warnings, hand-offs) and, through issue 6's channels, for applicants. The
-- message id of the JMS message that carried it is unique, so a redelivery stores it once.
CREATE TABLE notification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    message_id     VARCHAR(40)   NOT NULL,
    recipient_kind VARCHAR(20)   NOT NULL,
    recipient      VARCHAR(254)  NOT NULL,
    dossier_code   VARCHAR(60),
    topic          VARCHAR(30)   NOT NULL,
    body           VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    read_at        TIMESTAMP,
    CONSTRAINT notification_message_uk UNIQUE (message_id, recipient_kind, recipient)
);
CREATE INDEX notification_recipient_ix ON notification (recipient_kind, recipient, read_at);
