-- Working calendar: office hours of the week, days off and make-up workdays. Dossier deadlines are
-- counted in working time on it (Decree 61/2018/NĐ-CP; receipt form 01 of Circular 01/2018/TT-VPCP).
-- Seeded rows take ids below 50; these sequences start at 100, so EclipseLink's first block of ids
-- (51-100, see V1) lies above them.
CREATE SEQUENCE working_calendar_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE holiday_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE make_up_workday_seq START WITH 100 INCREMENT BY 50;

-- code is the agency's code, or 'VN' for the national default (agency_id NULL): one calendar each.
CREATE TABLE working_calendar (
    id        BIGINT       NOT NULL PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(255) NOT NULL,
    agency_id BIGINT       REFERENCES agency (id),
    version   BIGINT       NOT NULL,
    CONSTRAINT working_calendar_code_uk UNIQUE (code),
    CONSTRAINT working_calendar_agency_uk UNIQUE (agency_id)
);

CREATE TABLE working_period (
    calendar_id BIGINT     NOT NULL REFERENCES working_calendar (id),
    day_of_week VARCHAR(9) NOT NULL,
    starts_at   TIME       NOT NULL,
    ends_at     TIME       NOT NULL,
    CONSTRAINT working_period_pk PRIMARY KEY (calendar_id, day_of_week, starts_at),
    CONSTRAINT working_period_order_ck CHECK (starts_at < ends_at)
);

-- National days off. A row for each statutory holiday (Labour Code 2019 Art. 112) on the day the
-- Prime Minister's yearly notice fixes, even when it falls on a Sunday, and one for each
-- compensatory or swapped day off; the ordinary Saturdays and Sundays of a break are not listed.
CREATE TABLE holiday (
    id       BIGINT       NOT NULL PRIMARY KEY,
    off_date DATE         NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT holiday_date_uk UNIQUE (off_date)
);

-- A Saturday or Sunday worked in exchange for a weekday given off; works_as names that weekday.
CREATE TABLE make_up_workday (
    id        BIGINT       NOT NULL PRIMARY KEY,
    work_date DATE         NOT NULL,
    name      VARCHAR(200) NOT NULL,
    works_as  VARCHAR(9)   NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT make_up_workday_date_uk UNIQUE (work_date)
);

-- The national default: Monday to Friday, 8 working hours a day (Decision 188/1999/QĐ-TTg). The
-- clock times are those most provinces set; a province with other hours gets its own calendar.
INSERT INTO working_calendar (id, code, name, agency_id, version) VALUES
    (1, 'VN', 'Lịch làm việc chung của cơ quan hành chính nhà nước', NULL, 0);

INSERT INTO working_period (calendar_id, day_of_week, starts_at, ends_at) VALUES
    (1, 'MONDAY',    TIME '07:30:00', TIME '11:30:00'),
    (1, 'MONDAY',    TIME '13:00:00', TIME '17:00:00'),
    (1, 'TUESDAY',   TIME '07:30:00', TIME '11:30:00'),
    (1, 'TUESDAY',   TIME '13:00:00', TIME '17:00:00'),
    (1, 'WEDNESDAY', TIME '07:30:00', TIME '11:30:00'),
    (1, 'WEDNESDAY', TIME '13:00:00', TIME '17:00:00'),
    (1, 'THURSDAY',  TIME '07:30:00', TIME '11:30:00'),
    (1, 'THURSDAY',  TIME '13:00:00', TIME '17:00:00'),
    (1, 'FRIDAY',    TIME '07:30:00', TIME '11:30:00'),
    (1, 'FRIDAY',    TIME '13:00:00', TIME '17:00:00');

-- 2024, from the Ministry of Labour's notices for civil servants.
--   Tết Giáp Thìn: off Thu 08/02 to Wed 14/02 (5 days of Tết on the weekdays, plus a weekend).
--   Giỗ Tổ (10/3 lunar) on Thu 18/04, no swap: verify against the Prime Minister's notice for 2024.
--   30/4-1/5: Mon 29/04 swapped for Sat 04/05, so off Sat 27/04 to Wed 01/05.
--   Quốc khánh: Mon 02/09 and the adjacent Tue 03/09 (off Sat 31/08 to Tue 03/09).
INSERT INTO holiday (id, off_date, name, kind, version) VALUES
    (1,  DATE '2024-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0),
    (2,  DATE '2024-02-08', 'Tết Nguyên đán Giáp Thìn', 'PUBLIC_HOLIDAY', 0),
    (3,  DATE '2024-02-09', 'Tết Nguyên đán Giáp Thìn', 'PUBLIC_HOLIDAY', 0),
    (4,  DATE '2024-02-12', 'Tết Nguyên đán Giáp Thìn', 'PUBLIC_HOLIDAY', 0),
    (5,  DATE '2024-02-13', 'Tết Nguyên đán Giáp Thìn', 'PUBLIC_HOLIDAY', 0),
    (6,  DATE '2024-02-14', 'Tết Nguyên đán Giáp Thìn', 'PUBLIC_HOLIDAY', 0),
    (7,  DATE '2024-04-18', 'Giỗ Tổ Hùng Vương', 'PUBLIC_HOLIDAY', 0),
    (8,  DATE '2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'COMPENSATORY_DAY_OFF', 0),
    (9,  DATE '2024-04-30', 'Ngày Chiến thắng', 'PUBLIC_HOLIDAY', 0),
    (10, DATE '2024-05-01', 'Ngày Quốc tế Lao động', 'PUBLIC_HOLIDAY', 0),
    (11, DATE '2024-09-02', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0),
    (12, DATE '2024-09-03', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0);

-- 2025.
--   Tết Ất Tỵ: Mon 27/01 to Fri 31/01, with the weekends off Sat 25/01 to Sun 02/02; no make-up day.
--   Giỗ Tổ on Mon 07/04.
--   30/4-1/5: Fri 02/05 swapped for Sat 26/04, so off Wed 30/04 to Sun 04/05.
--   Quốc khánh: Tue 02/09 and the adjacent Mon 01/09 (off Sat 30/08 to Tue 02/09).
INSERT INTO holiday (id, off_date, name, kind, version) VALUES
    (13, DATE '2025-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0),
    (14, DATE '2025-01-27', 'Tết Nguyên đán Ất Tỵ', 'PUBLIC_HOLIDAY', 0),
    (15, DATE '2025-01-28', 'Tết Nguyên đán Ất Tỵ', 'PUBLIC_HOLIDAY', 0),
    (16, DATE '2025-01-29', 'Tết Nguyên đán Ất Tỵ', 'PUBLIC_HOLIDAY', 0),
    (17, DATE '2025-01-30', 'Tết Nguyên đán Ất Tỵ', 'PUBLIC_HOLIDAY', 0),
    (18, DATE '2025-01-31', 'Tết Nguyên đán Ất Tỵ', 'PUBLIC_HOLIDAY', 0),
    (19, DATE '2025-04-07', 'Giỗ Tổ Hùng Vương', 'PUBLIC_HOLIDAY', 0),
    (20, DATE '2025-04-30', 'Ngày Chiến thắng', 'PUBLIC_HOLIDAY', 0),
    (21, DATE '2025-05-01', 'Ngày Quốc tế Lao động', 'PUBLIC_HOLIDAY', 0),
    (22, DATE '2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'COMPENSATORY_DAY_OFF', 0),
    (23, DATE '2025-09-01', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0),
    (24, DATE '2025-09-02', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0);

-- 2026, from the Ministry of Home Affairs' proposals as agreed by the Government.
--   Tết Dương lịch: Fri 02/01 swapped for Sat 10/01, so off Thu 01/01 to Sun 04/01 (Office of the
--   Government letter 12729/VPCP-KGVX of 25/12/2025; verify against the notice for 2026).
--   Tết Bính Ngọ: Mon 16/02 to Fri 20/02 (29 Chạp to mùng 4), off Sat 14/02 to Sun 22/02.
--   Giỗ Tổ falls on Sun 26/04: the next working day, Mon 27/04, is off (Labour Code Art. 111(3)).
--   30/4-1/5 on Thu and Fri: off Thu 30/04 to Sun 03/05, no swap.
--   Quốc khánh on Wed 02/09: the adjacent day (Tue 01/09 or Thu 03/09) is NOT seeded because we could
--   not confirm which one the Prime Minister chose; verify against the notice for 2026 and add it.
--   A day off on 24/11 (Ngày Văn hóa Việt Nam) has been proposed; add it only once the Labour Code
--   makes it a holiday.
INSERT INTO holiday (id, off_date, name, kind, version) VALUES
    (25, DATE '2026-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0),
    (26, DATE '2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'COMPENSATORY_DAY_OFF', 0),
    (27, DATE '2026-02-16', 'Tết Nguyên đán Bính Ngọ', 'PUBLIC_HOLIDAY', 0),
    (28, DATE '2026-02-17', 'Tết Nguyên đán Bính Ngọ', 'PUBLIC_HOLIDAY', 0),
    (29, DATE '2026-02-18', 'Tết Nguyên đán Bính Ngọ', 'PUBLIC_HOLIDAY', 0),
    (30, DATE '2026-02-19', 'Tết Nguyên đán Bính Ngọ', 'PUBLIC_HOLIDAY', 0),
    (31, DATE '2026-02-20', 'Tết Nguyên đán Bính Ngọ', 'PUBLIC_HOLIDAY', 0),
    (32, DATE '2026-04-26', 'Giỗ Tổ Hùng Vương', 'PUBLIC_HOLIDAY', 0),
    (33, DATE '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'COMPENSATORY_DAY_OFF', 0),
    (34, DATE '2026-04-30', 'Ngày Chiến thắng', 'PUBLIC_HOLIDAY', 0),
    (35, DATE '2026-05-01', 'Ngày Quốc tế Lao động', 'PUBLIC_HOLIDAY', 0),
    (36, DATE '2026-09-02', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0);

INSERT INTO make_up_workday (id, work_date, name, works_as, version) VALUES
    (1, DATE '2024-05-04', 'Làm bù cho thứ Hai 29/4/2024', 'MONDAY', 0),
    (2, DATE '2025-04-26', 'Làm bù cho thứ Sáu 02/5/2025', 'FRIDAY', 0),
    (3, DATE '2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026', 'FRIDAY', 0);
