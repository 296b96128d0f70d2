-- The queue (lấy số thứ tự): service groups of a desk, their daily number rows, tickets, the officers
-- seated at counters, and where each kiosk's ticket printer is.
CREATE SEQUENCE queue_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE queue_service_group (
    id             BIGINT       NOT NULL PRIMARY KEY,
    desk_id        BIGINT       NOT NULL REFERENCES agency (id),
    prefix         VARCHAR(1)   NOT NULL,
    name           VARCHAR(200) NOT NULL,
    opens_at       TIME         NOT NULL,
    closes_at      TIME         NOT NULL,
    daily_cap      INTEGER      NOT NULL,
    returns_results BOOLEAN     NOT NULL,
    counter_numbers VARCHAR(200),
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT queue_service_group_uk UNIQUE (desk_id, prefix)
);

CREATE TABLE queue_service_group_field (
    group_id   BIGINT      NOT NULL REFERENCES queue_service_group (id),
    field_code VARCHAR(20) NOT NULL,
    CONSTRAINT queue_service_group_field_pk PRIMARY KEY (group_id, field_code)
);

-- The last number of a group on a working day: raised by one UPDATE in the issuing transaction.
CREATE TABLE queue_number (
    group_id    BIGINT  NOT NULL REFERENCES queue_service_group (id),
    ticket_day  DATE    NOT NULL,
    last_number INTEGER NOT NULL,
    CONSTRAINT queue_number_pk PRIMARY KEY (group_id, ticket_day)
);

CREATE TABLE queue_ticket (
    id                BIGINT       NOT NULL PRIMARY KEY,
    group_id          BIGINT       NOT NULL REFERENCES queue_service_group (id),
    ticket_day        DATE         NOT NULL,
    number            INTEGER      NOT NULL,
    label             VARCHAR(8)   NOT NULL,
    priority_code     VARCHAR(40),
    status            VARCHAR(20)  NOT NULL,
    counter_id        BIGINT       REFERENCES desk_counter (id),
    target_counter_id BIGINT       REFERENCES desk_counter (id),
    officer           VARCHAR(100),
    call_count        INTEGER      NOT NULL,
    transfer_count    INTEGER      NOT NULL,
    issued_at         TIMESTAMP    NOT NULL,
    called_at         TIMESTAMP,
    last_called_at    TIMESTAMP,
    started_at        TIMESTAMP,
    finished_at       TIMESTAMP,
    dossier_code      VARCHAR(60),
    kiosk             VARCHAR(40),
    request_id        VARCHAR(64),
    print_status      VARCHAR(20)  NOT NULL,
    print_attempts    INTEGER      NOT NULL,
    print_error       VARCHAR(400),
    version           BIGINT       NOT NULL,
    CONSTRAINT queue_ticket_number_uk UNIQUE (group_id, ticket_day, number),
    CONSTRAINT queue_ticket_request_uk UNIQUE (request_id)
);
CREATE INDEX queue_ticket_waiting_ix ON queue_ticket (ticket_day, status, group_id, issued_at);
CREATE INDEX queue_ticket_counter_ix ON queue_ticket (counter_id, status);

-- The officer seated at a counter: only they may call to it (one seat per officer, one officer per counter).
CREATE TABLE queue_seat (
    counter_id BIGINT       NOT NULL PRIMARY KEY REFERENCES desk_counter (id),
    officer    VARCHAR(100) NOT NULL,
    seated_at  TIMESTAMP    NOT NULL,
    paused     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT queue_seat_officer_uk UNIQUE (officer)
);
