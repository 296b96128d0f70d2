package vn.motcua.shared.entity;

/**
 * Agencies and the catalog are read by every reception and every screen but change a few times a
 * year: they are kept in EclipseLink's shared cache. A change made on this node updates the cache at
 * once; with a second node, the other one sees it after this expiry at the latest.
 */
public final class ReferenceData {

    public static final int CACHE_EXPIRY_MILLIS = 5 * 60 * 1000;
    /** The same, for the query results cache of their lookups by code and by day. */
    public static final String CACHE_EXPIRY_TEXT = "300000";

    private ReferenceData() {
    }
}
