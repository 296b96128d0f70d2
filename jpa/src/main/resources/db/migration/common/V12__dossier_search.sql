-- Staff search over many dossiers (dossier issue: p95 < 100 ms on 1,000,000), with SQL that H2 2.x and
-- PostgreSQL share, so plain B-tree indexes only: a name is found by a range on its search keys (the folded
-- name from each of its words on, SearchText.keys, written by the Applicant entity); a department's dossiers
-- and an officer's scope by index-only lookups of the tasks.
CREATE TABLE applicant_search_key (
    applicant_id BIGINT       NOT NULL REFERENCES applicant (id),
    search_key   VARCHAR(200) NOT NULL,
    CONSTRAINT applicant_search_key_pk PRIMARY KEY (applicant_id, search_key)
);
CREATE INDEX applicant_search_key_ix ON applicant_search_key (search_key, applicant_id);

-- Applicants stored before this version: their names folded here for the Vietnamese letters (the Java fold
-- also drops rarer marks), cut at spaces and the punctuation names carry; each key is the previous one
-- without its first word.
INSERT INTO applicant_search_key (applicant_id, search_key)
WITH RECURSIVE tails (applicant_id, tail) AS (
    SELECT id, CAST(TRIM(REPLACE(REPLACE(REPLACE(LOWER(TRANSLATE(full_name,
               'àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴèéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄìíịỉĩÌÍỊỈĨòóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮỳýỵỷỹỲÝỴỶỸđĐ-.,''’()/',
               'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd        ')), '  ', ' '), '  ', ' '), '  ', ' ')) AS VARCHAR(200))
    FROM applicant
    UNION ALL
    SELECT applicant_id, CAST(SUBSTRING(tail FROM POSITION(' ' IN tail) + 1) AS VARCHAR(200))
    FROM tails
    WHERE POSITION(' ' IN tail) > 0
)
SELECT DISTINCT applicant_id, tail FROM tails WHERE tail <> '';

-- a department's dossiers (agency first) and "has this dossier a task in these agencies" (dossier first),
-- both answered from the index alone
CREATE INDEX dossier_task_agency_dossier_ix ON dossier_task (agency_id, dossier_id);
CREATE INDEX dossier_task_dossier_agency_ix ON dossier_task (dossier_id, agency_id);

-- The orders a search reads dossiers in, each with the id (the tie-break) and the desk (the officer's
-- scope) riding along, so that a page's ids come from the index alone: newest first overall (with the
-- status the dashboard counts), for a procedure or field (status too), and for an applicant.
CREATE INDEX dossier_received_cover_ix ON dossier (received_at, id, desk_id, status);
DROP INDEX dossier_received_ix;
CREATE INDEX dossier_procedure_cover_ix ON dossier (procedure_id, received_at, id, status, desk_id);
DROP INDEX dossier_procedure_ix;
-- dossier_applicant_ix stays: H2 backs the foreign key to applicant with it
CREATE INDEX dossier_applicant_cover_ix ON dossier (applicant_id, received_at, id, desk_id);
