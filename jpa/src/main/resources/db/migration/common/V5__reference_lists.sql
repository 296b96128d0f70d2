-- Reference lists (danh mục tham chiếu) and their first entries. Entries carry explicit ids below the
-- sequence's first block (EclipseLink draws 1001-1050 from START WITH 1050).
CREATE SEQUENCE reference_entry_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE reference_list (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL
);

CREATE TABLE reference_entry (
    id         BIGINT       NOT NULL PRIMARY KEY,
    list_code  VARCHAR(40)  NOT NULL REFERENCES reference_list (code),
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL,
    sort_order INTEGER      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT reference_entry_uk UNIQUE (list_code, code)
);

INSERT INTO reference_list (code, name, sort_order) VALUES ('DOCUMENT_FORM', 'Hình thức giấy tờ', 1);
INSERT INTO reference_list (code, name, sort_order) VALUES ('DOCUMENT_KIND', 'Loại giấy tờ', 2);
INSERT INTO reference_list (code, name, sort_order) VALUES ('RESULT_KIND', 'Loại kết quả giải quyết', 3);
INSERT INTO reference_list (code, name, sort_order) VALUES ('IDENTITY_DOCUMENT', 'Loại giấy tờ định danh', 4);
INSERT INTO reference_list (code, name, sort_order) VALUES ('CHANNEL', 'Kênh tiếp nhận', 5);
INSERT INTO reference_list (code, name, sort_order) VALUES ('PRIORITY', 'Đối tượng ưu tiên', 6);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (1, 'DOCUMENT_FORM', 'ORIGINAL', 'Bản chính', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (2, 'DOCUMENT_FORM', 'COPY', 'Bản sao', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (3, 'DOCUMENT_FORM', 'CERTIFIED_COPY', 'Bản sao có chứng thực', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (4, 'DOCUMENT_FORM', 'ELECTRONIC', 'Bản điện tử', TRUE, 4, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (5, 'DOCUMENT_KIND', 'APPLICATION', 'Đơn, tờ khai', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (6, 'DOCUMENT_KIND', 'IDENTITY', 'Giấy tờ tùy thân', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (7, 'DOCUMENT_KIND', 'LAND_CERTIFICATE', 'Giấy chứng nhận quyền sử dụng đất', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (8, 'DOCUMENT_KIND', 'CONTRACT', 'Hợp đồng', TRUE, 4, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (9, 'DOCUMENT_KIND', 'DRAWING', 'Bản vẽ, sơ đồ', TRUE, 5, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (10, 'DOCUMENT_KIND', 'OTHER', 'Giấy tờ khác', TRUE, 6, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (11, 'RESULT_KIND', 'CERTIFICATE', 'Giấy chứng nhận', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (12, 'RESULT_KIND', 'DECISION', 'Quyết định', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (13, 'RESULT_KIND', 'PERMIT', 'Giấy phép', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (14, 'RESULT_KIND', 'REGISTRATION', 'Xác nhận đăng ký', TRUE, 4, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (15, 'RESULT_KIND', 'CERTIFICATION', 'Văn bản chứng thực', TRUE, 5, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (16, 'RESULT_KIND', 'REPLY', 'Văn bản trả lời', TRUE, 6, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (17, 'IDENTITY_DOCUMENT', 'CCCD', 'Căn cước công dân / Căn cước', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (18, 'IDENTITY_DOCUMENT', 'CMND', 'Chứng minh nhân dân', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (19, 'IDENTITY_DOCUMENT', 'PASSPORT', 'Hộ chiếu', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (20, 'IDENTITY_DOCUMENT', 'TAX_CODE', 'Mã số thuế', TRUE, 4, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (21, 'IDENTITY_DOCUMENT', 'BUSINESS_CODE', 'Mã số doanh nghiệp', TRUE, 5, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (22, 'CHANNEL', 'IN_PERSON', 'Trực tiếp', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (23, 'CHANNEL', 'POSTAL', 'Qua dịch vụ bưu chính', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (24, 'CHANNEL', 'ONLINE', 'Trực tuyến', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (25, 'PRIORITY', 'ELDERLY', 'Người cao tuổi', TRUE, 1, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (26, 'PRIORITY', 'DISABLED', 'Người khuyết tật', TRUE, 2, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (27, 'PRIORITY', 'PREGNANT', 'Phụ nữ mang thai', TRUE, 3, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (28, 'PRIORITY', 'MERITORIOUS', 'Người có công với cách mạng', TRUE, 4, 0);
INSERT INTO reference_entry (id, list_code, code, name, active, sort_order, version) VALUES (29, 'PRIORITY', 'CHILD_CARER', 'Người đi cùng trẻ dưới 36 tháng tuổi', TRUE, 5, 0);
