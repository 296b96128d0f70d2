-- After collection the applicant is invited to rate the handling of their dossier (issue 6; Decree
-- 61/2018/NĐ-CP Art. 33): the templates of topic RETURNED, with {rating}, the link to the rating form.
INSERT INTO notification_template (id, topic, channel, subject, body, updated_by, updated_at, version) VALUES
    (13, 'RETURNED', 'EMAIL', 'Mời đánh giá việc giải quyết hồ sơ {code}',
     'Kính gửi ông/bà {applicant},' || CHR(10) || CHR(10)
     || 'Hồ sơ {code} về thủ tục "{procedure}" đã được trả kết quả. Xin ông/bà dành một phút cho biết mức độ hài lòng với việc giải quyết hồ sơ: {rating}' || CHR(10) || CHR(10)
     || 'Đây là thư tự động, xin vui lòng không trả lời thư này.' || CHR(10)
     || 'Bộ phận tiếp nhận và trả kết quả',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0),
    (14, 'RETURNED', 'SMS', NULL,
     'Hồ sơ {code} đã trả kết quả. Mời ông/bà đánh giá mức độ hài lòng: {rating}',
     'system', TIMESTAMP '2026-01-01 00:00:00', 0);
