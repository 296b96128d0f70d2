-- Counters (quầy) of a one-stop desk, each serving chosen fields; the queue calls tickets to them.
CREATE SEQUENCE counter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE desk_counter (
    id        BIGINT       NOT NULL PRIMARY KEY,
    desk_id   BIGINT       NOT NULL REFERENCES agency (id),
    number    INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    active    BOOLEAN      NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT desk_counter_number_uk UNIQUE (desk_id, number)
);

CREATE TABLE desk_counter_field (
    counter_id BIGINT      NOT NULL REFERENCES desk_counter (id),
    field_code VARCHAR(20) NOT NULL,
    CONSTRAINT desk_counter_field_pk PRIMARY KEY (counter_id, field_code)
);
