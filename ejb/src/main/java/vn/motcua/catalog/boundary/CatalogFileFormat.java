package vn.motcua.catalog.boundary;

/** The two file formats a release is imported from and exported to. */
public enum CatalogFileFormat {
    /** UTF-8 JSON, schema in catalog/release.schema.json. */
    JSON,
    /** Excel workbook with the sheets Thủ tục, Thành phần hồ sơ, Quy trình and Quyết định công bố. */
    XLSX
}
