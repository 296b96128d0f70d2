package vn.motcua.catalog.entity;

/** How far a procedure is offered online, in the terms of Decree 42/2022/NĐ-CP Art. 11. */
public enum OnlineLevel {
    /** Dịch vụ công trực tuyến toàn trình. */
    FULL,
    /** Dịch vụ công trực tuyến một phần. */
    PARTIAL,
    /** Chỉ cung cấp thông tin trực tuyến. */
    INFORMATION
}
