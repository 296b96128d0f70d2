-- The downloadable files of the forms (mẫu đơn, tờ khai) procedures name by code, e.g. 04a/ĐK. A form
-- is shared by several procedures and outlives releases; a new upload replaces the old for downloads,
-- and the old one stays recorded.
CREATE SEQUENCE form_template_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE form_template_file (
    id             BIGINT      NOT NULL PRIMARY KEY,
    form_code      VARCHAR(40) NOT NULL,
    stored_file_id BIGINT      NOT NULL REFERENCES stored_file (id),
    uploaded_at    TIMESTAMP   NOT NULL,
    uploaded_by    VARCHAR(60) NOT NULL
);
CREATE INDEX form_template_file_code_ix ON form_template_file (form_code, uploaded_at);
