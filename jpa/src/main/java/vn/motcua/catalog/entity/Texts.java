package vn.motcua.catalog.entity;

/** The one guard the catalog's entities share: required text is present and trimmed. */
final class Texts {

    private Texts() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
