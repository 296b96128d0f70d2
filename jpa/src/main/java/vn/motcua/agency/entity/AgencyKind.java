package vn.motcua.agency.entity;

/**
 * Kinds of bodies in the agency tree. The tree itself is data, so the 2025 two-tier reform
 * (districts abolished, communes merged, public-administration service centres) is a data change.
 */
public enum AgencyKind {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    DEPARTMENT,
    ONE_STOP_DESK,
    SERVICE_CENTRE
}
