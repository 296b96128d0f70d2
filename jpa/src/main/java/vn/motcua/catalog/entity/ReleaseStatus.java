package vn.motcua.catalog.entity;

/** Where a catalog release stands: imported, published with an effective date, or replaced. */
public enum ReleaseStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
