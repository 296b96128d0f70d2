-- Satisfaction ratings (đánh giá mức độ hài lòng): the nine indicators of Decree 61/2018/NĐ-CP
-- Art. 33 scored 2/1/0 under Circular 01/2018/TT-VPCP, one SMALLINT column each so that the database
-- refuses a missing or out-of-range score and a report sums every indicator in one pass.
-- One rating per dossier. SQL shared by H2 2.x and PostgreSQL; sequences as in V1.
CREATE SEQUENCE satisfaction_rating_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE satisfaction_rating (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    dossier_id         BIGINT         NOT NULL REFERENCES dossier (id),
    processing_time    SMALLINT       NOT NULL,
    time_per_body      SMALLINT       NOT NULL,
    contacts           SMALLINT       NOT NULL,
    bodies_contacted   SMALLINT       NOT NULL,
    desk_service       SMALLINT       NOT NULL,
    publication        SMALLINT       NOT NULL,
    staff_attitude     SMALLINT       NOT NULL,
    feedback_handling  SMALLINT       NOT NULL,
    online_service     SMALLINT       NOT NULL,
    comment_text       VARCHAR(1000),
    channel            VARCHAR(10)    NOT NULL,
    rated_at           TIMESTAMP      NOT NULL,
    CONSTRAINT satisfaction_rating_dossier_uk UNIQUE (dossier_id),
    CONSTRAINT satisfaction_rating_scores_ck CHECK (
        processing_time BETWEEN 0 AND 2 AND time_per_body BETWEEN 0 AND 2 AND contacts BETWEEN 0 AND 2
        AND bodies_contacted BETWEEN 0 AND 2 AND desk_service BETWEEN 0 AND 2 AND publication BETWEEN 0 AND 2
        AND staff_attitude BETWEEN 0 AND 2 AND feedback_handling BETWEEN 0 AND 2 AND online_service BETWEEN 0 AND 2),
    CONSTRAINT satisfaction_rating_channel_ck CHECK (channel IN ('KIOSK', 'LINK', 'API'))
);
-- reports read the ratings of a period
CREATE INDEX satisfaction_rating_rated_ix ON satisfaction_rating (rated_at);
