-- Delivery of the applicant's notifications by e-mail and SMS (issue 6): the templates ADMIN edits, the
-- applicant's consent and channel on the dossier, and one delivery row per notification and channel with
-- its attempts, so that a failure is recorded and visible and never blocks the dossier.
-- SQL shared by H2 2.x and PostgreSQL; sequences as in V1. Seeded templates take ids below 50; their
-- sequence starts at 100, so EclipseLink's first block of ids (51-100) lies above them.
CREATE SEQUENCE notification_template_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE notification_delivery_seq START WITH 50 INCREMENT BY 50;

-- One text per topic and channel, with the placeholders {code}, {procedure}, {appointment}, {link} and
-- {applicant}. An SMS has no subject and is plain text of at most 320 characters; an e-mail is plain text.
CREATE TABLE notification_template (
    id          BIGINT        NOT NULL PRIMARY KEY,
    topic       VARCHAR(30)   NOT NULL,
    channel     VARCHAR(10)   NOT NULL,
    subject     VARCHAR(200),
    body        VARCHAR(2000) NOT NULL,
    updated_by  VARCHAR(60)   NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT notification_template_uk UNIQUE (topic, channel),
    CONSTRAINT notification_template_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT notification_template_subject_ck CHECK (channel = 'SMS' OR subject IS NOT NULL)
);

INSERT INTO notification_template (id, topic, channel, subject, body, updated_by, updated_at, version) VALUES
    (1, 'RECEIVED', 'EMAIL', 'Đã tiếp nhận hồ sơ {code}',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Hồ sơ {code} về thủ tục "{procedure}" đã được tiếp nhận. Ngày hẹn trả kết quả: {appointment}.' || CHR(10) || CHR(10)
     || 'Ông/bà có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả tại: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (2, 'RECEIVED', 'SMS', NULL,
     'Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: {appointment}. Tra cứu: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (3, 'SUPPLEMENT_REQUESTED', 'EMAIL', 'Hồ sơ {code} cần bổ sung, hoàn thiện',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Hồ sơ {code} về thủ tục "{procedure}" cần được bổ sung, hoàn thiện. Thời hạn giải quyết tạm dừng cho đến khi cơ quan nhận đủ giấy tờ.' || CHR(10) || CHR(10)
     || 'Giấy tờ cần bổ sung được ghi trong Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ và tại trang tra cứu: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (4, 'SUPPLEMENT_REQUESTED', 'SMS', NULL,
     'Hồ sơ {code} cần bổ sung, hoàn thiện; thời hạn giải quyết tạm dừng đến khi nhận đủ. Giấy tờ cần bổ sung: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (5, 'RESCHEDULED', 'EMAIL', 'Xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Cơ quan chân thành xin lỗi vì hồ sơ {code} về thủ tục "{procedure}" chưa giải quyết xong đúng hẹn. Ngày hẹn trả kết quả mới: {appointment}.' || CHR(10) || CHR(10)
     || 'Tra cứu tình trạng hồ sơ tại: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (6, 'RESCHEDULED', 'SMS', NULL,
     'Cơ quan xin lỗi vì hồ sơ {code} chậm trễ. Ngày hẹn trả kết quả mới: {appointment}. Tra cứu: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (7, 'RESULT_READY', 'EMAIL', 'Hồ sơ {code} đã có kết quả',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Hồ sơ {code} về thủ tục "{procedure}" đã có kết quả. Mời ông/bà mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân đến Bộ phận Một cửa để nhận kết quả.' || CHR(10) || CHR(10)
     || 'Tra cứu tình trạng hồ sơ tại: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (8, 'RESULT_READY', 'SMS', NULL,
     'Hồ sơ {code} đã có kết quả. Mời ông/bà mang Giấy tiếp nhận và giấy tờ tùy thân đến Bộ phận Một cửa nhận kết quả. Tra cứu: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (9, 'REFUSED', 'EMAIL', 'Hồ sơ {code} bị từ chối giải quyết',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Hồ sơ {code} về thủ tục "{procedure}" bị từ chối giải quyết. Lý do được ghi trong Phiếu từ chối tiếp nhận, giải quyết hồ sơ và tại trang tra cứu: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (10, 'REFUSED', 'SMS', NULL,
     'Hồ sơ {code} bị từ chối giải quyết. Xem lý do tại: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (11, 'STOPPED', 'EMAIL', 'Hồ sơ {code} đã dừng giải quyết',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Theo đề nghị của ông/bà, hồ sơ {code} về thủ tục "{procedure}" đã dừng giải quyết.' || CHR(10) || CHR(10)
     || 'Tra cứu tình trạng hồ sơ tại: {link}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (12, 'STOPPED', 'SMS', NULL,
     'Hồ sơ {code} đã dừng giải quyết theo đề nghị của ông/bà. Tra cứu: {link}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0);

-- The applicant's consent to be told by e-mail or SMS and the channel they chose, recorded at reception
-- (personal data are processed for this only with consent: Decree 13/2023/NĐ-CP Art. 11). Dossiers
-- received before this version were never asked: no consent, no channel.
ALTER TABLE dossier ADD COLUMN notify_consent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dossier ADD COLUMN notify_channel VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE dossier ADD COLUMN notify_consented_at TIMESTAMP;
ALTER TABLE dossier ADD CONSTRAINT dossier_notify_channel_ck
    CHECK (notify_channel IN ('NONE', 'EMAIL', 'SMS', 'BOTH'));
ALTER TABLE dossier ADD CONSTRAINT dossier_notify_consent_ck
    CHECK (notify_channel = 'NONE' OR (notify_consent AND notify_consented_at IS NOT NULL));

-- One row per notification and channel: written with the notification, in the same transaction as the
-- JMS message that asks for the attempt; a redelivered message finds the row already SENT.
CREATE TABLE notification_delivery (
    id               BIGINT        NOT NULL PRIMARY KEY,
    notification_id  BIGINT        NOT NULL REFERENCES notification (id),
    dossier_id       BIGINT        NOT NULL REFERENCES dossier (id),
    channel          VARCHAR(10)   NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT notification_delivery_uk UNIQUE (notification_id, channel),
    CONSTRAINT notification_delivery_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT notification_delivery_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT notification_delivery_attempts_ck CHECK (attempts >= 0)
);
-- the administrator's list of failed and retrying deliveries, newest first
CREATE INDEX notification_delivery_status_ix ON notification_delivery (status, updated_at);
CREATE INDEX notification_delivery_dossier_ix ON notification_delivery (dossier_id);
