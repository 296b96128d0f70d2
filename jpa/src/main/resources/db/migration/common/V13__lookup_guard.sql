-- Public status lookup (issue 6): failed attempts per dossier code, kept by the SHA-256 of the code as
-- typed, so that codes which do not exist are counted and locked exactly like those which do, and the
-- table itself lists no dossier. Shared by every server node; instants as epoch milliseconds (UTC).
CREATE TABLE lookup_guard (
    code_hash        CHAR(64) NOT NULL,
    failures         INTEGER  NOT NULL,
    first_failure_ms BIGINT   NOT NULL,
    locked_until_ms  BIGINT,
    CONSTRAINT lookup_guard_pk PRIMARY KEY (code_hash)
);
