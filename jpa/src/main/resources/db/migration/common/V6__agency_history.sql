-- Agencies are reorganised (moved, renamed, merged, retired), never deleted: the 2025 two-tier reform
-- merged communes and abolished districts. Each change is kept with its effective date.
ALTER TABLE agency ADD COLUMN merged_into_id BIGINT REFERENCES agency (id);

CREATE SEQUENCE agency_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agency_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    kind         VARCHAR(20)   NOT NULL,
    effective_on DATE          NOT NULL,
    detail       VARCHAR(1000),
    actor        VARCHAR(60)   NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL
);
CREATE INDEX agency_change_agency_ix ON agency_change (agency_id);
