-- Internal live chat among officers (issue 7): conversations, who belongs to them, and their messages.
-- A message's sequence is assigned under a lock on its conversation row, so that clients can ask for
-- "everything after n" on reconnect without duplicates or gaps.
CREATE SEQUENCE chat_conversation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE chat_conversation (
    id            BIGINT       NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(200),
    direct_key    VARCHAR(130),
    agency_id     BIGINT       REFERENCES agency (id),
    dossier_id    BIGINT       REFERENCES dossier (id),
    created_by    VARCHAR(60)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    last_sequence BIGINT       NOT NULL,
    CONSTRAINT chat_conversation_direct_uk UNIQUE (direct_key),
    CONSTRAINT chat_conversation_agency_uk UNIQUE (agency_id),
    CONSTRAINT chat_conversation_dossier_uk UNIQUE (dossier_id)
);

CREATE TABLE chat_membership (
    id              BIGINT      NOT NULL PRIMARY KEY,
    conversation_id BIGINT      NOT NULL REFERENCES chat_conversation (id),
    officer         VARCHAR(60) NOT NULL,
    joined_at       TIMESTAMP   NOT NULL,
    left_at         TIMESTAMP,
    left_after      BIGINT,
    last_read       BIGINT      NOT NULL,
    CONSTRAINT chat_membership_uk UNIQUE (conversation_id, officer)
);
CREATE INDEX chat_membership_officer_ix ON chat_membership (officer);

CREATE TABLE chat_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    conversation_id BIGINT        NOT NULL REFERENCES chat_conversation (id),
    sequence_no     BIGINT        NOT NULL,
    sender          VARCHAR(60)   NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    sent_at         TIMESTAMP     NOT NULL,
    client_id       VARCHAR(64)   NOT NULL,
    CONSTRAINT chat_message_sequence_uk UNIQUE (conversation_id, sequence_no),
    CONSTRAINT chat_message_client_uk UNIQUE (conversation_id, sender, client_id)
);
CREATE INDEX chat_message_sender_ix ON chat_message (sender, sent_at);
