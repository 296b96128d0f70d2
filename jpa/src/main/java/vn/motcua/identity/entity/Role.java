package vn.motcua.identity.entity;

/** What an officer may do within an agency. The names are the security roles of the web tier. */
public enum Role {
    /** Cán bộ tiếp nhận: receives dossiers, issues receipts, returns results. */
    RECEPTION,
    /** Chuyên viên xử lý: processes a dossier step in a department. */
    SPECIALIST,
    /** Lãnh đạo: approves, signs, watches deadlines. */
    LEADER,
    /** Văn thư: registers and issues the outgoing result document. */
    CLERK,
    /** Quản trị: catalogs, users, calendar, settings. */
    ADMIN,
    /** Văn phòng UBND tỉnh: consumes the province's statistics. */
    PROVINCE
}
