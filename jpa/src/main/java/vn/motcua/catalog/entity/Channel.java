package vn.motcua.catalog.entity;

/** Cách thức thực hiện: how an applicant may file a dossier. */
public enum Channel {
    /** Trực tiếp tại Bộ phận Một cửa. */
    IN_PERSON,
    /** Qua dịch vụ bưu chính công ích. */
    POSTAL,
    /** Trực tuyến trên Cổng dịch vụ công. */
    ONLINE
}
