-- Files kept by the document store. The content lives on disk under the data directory (motcua.data.dir)/files, named by
-- its SHA-256; a row says what the content is, for what it was kept, and by whom. Rows are never updated.
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stored_file (
    id         BIGINT       NOT NULL PRIMARY KEY,
    sha256     VARCHAR(64)  NOT NULL,
    file_name  VARCHAR(150) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    stored_at  TIMESTAMP    NOT NULL,
    stored_by  VARCHAR(60)  NOT NULL,
    CONSTRAINT stored_file_size_ck CHECK (size_bytes > 0)
);
-- the same content filed again is found by its hash
CREATE INDEX stored_file_sha256_ix ON stored_file (sha256);
