-- Report II.06a of every desk of a province for a period, as the provincial-statistics batch job counts
-- it: one row per period, desk and field, written again (never added to) when a chunk is redone after a
-- restart, so a figure is never counted twice. The agencies' reports are sums of their desks' rows.
CREATE TABLE statistics_figure (
    period_key        VARCHAR(40)  NOT NULL,
    province_id       BIGINT       NOT NULL REFERENCES agency (id),
    desk_id           BIGINT       NOT NULL REFERENCES agency (id),
    field_code        VARCHAR(20)  NOT NULL,
    field_name        VARCHAR(255) NOT NULL,
    received          BIGINT       NOT NULL,
    received_online   BIGINT       NOT NULL,
    received_in_person BIGINT      NOT NULL,
    carried_over      BIGINT       NOT NULL,
    resolved          BIGINT       NOT NULL,
    resolved_early    BIGINT       NOT NULL,
    resolved_on_time  BIGINT       NOT NULL,
    resolved_late     BIGINT       NOT NULL,
    in_progress       BIGINT       NOT NULL,
    within_deadline   BIGINT       NOT NULL,
    overdue           BIGINT       NOT NULL,
    job_execution     BIGINT       NOT NULL,
    CONSTRAINT statistics_figure_pk PRIMARY KEY (period_key, province_id, desk_id, field_code)
);
