-- Exchange with department systems over JMS (issue 9): which agencies run a connected system, and the
-- log of every exchange message sent or processed, which makes inbound processing idempotent (a
-- redelivered message id is found here) and orders updates per dossier (the last sequence applied).
-- SQL shared by H2 2.x and PostgreSQL; sequences as in V1.
CREATE SEQUENCE exchange_record_seq START WITH 50 INCREMENT BY 50;

-- A connected department: its queues are motcua.dept.<agency code>.out and .in (see configure.cli).
CREATE TABLE exchange_link (
    agency_code VARCHAR(40)  NOT NULL PRIMARY KEY,
    connected   BOOLEAN      NOT NULL,
    changed_by  VARCHAR(60)  NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL
);

-- One row per message: OUT when a forward is sent (in the transaction of the task it announces), IN when
-- an update is applied, found stale, or discarded by an administrator from the dead letters.
CREATE TABLE exchange_record (
    id           BIGINT        NOT NULL PRIMARY KEY,
    message_id   VARCHAR(64)   NOT NULL,
    direction    VARCHAR(3)    NOT NULL,
    agency_code  VARCHAR(40)   NOT NULL,
    dossier_code VARCHAR(60)   NOT NULL,
    step         INTEGER       NOT NULL,
    sequence_no  BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    detail       VARCHAR(1000000),
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT exchange_record_message_uk UNIQUE (message_id, direction),
    CONSTRAINT exchange_record_direction_ck CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT exchange_record_outcome_ck CHECK (outcome IN ('SENT', 'APPLIED', 'STALE', 'DISCARDED'))
);
CREATE INDEX exchange_record_dossier_ix ON exchange_record (dossier_code, direction, sequence_no);
