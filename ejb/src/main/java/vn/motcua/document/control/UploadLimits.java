package vn.motcua.document.control;

import vn.motcua.document.entity.DocumentPurpose;

import java.util.Locale;
import java.util.Properties;

/**
 * The largest upload accepted for each purpose. Defaults: 20 MB for form templates and results,
 * 10 MB for scans and chat attachments; a system property
 * {@code motcua.upload.max-bytes.<purpose>} (purpose in kebab case, e.g. {@code form-template})
 * overrides one, read at each upload so an operator can change it without a redeployment.
 */
public class UploadLimits {

    public static final String PROPERTY_PREFIX = "motcua.upload.max-bytes.";
    private static final long MB = 1024L * 1024L;

    private final Properties overrides;

    public UploadLimits(Properties overrides) {
        this.overrides = overrides;
    }

    public static UploadLimits fromSystemProperties() {
        return new UploadLimits(System.getProperties());
    }

    public long maxBytes(DocumentPurpose purpose) {
        String property = propertyName(purpose);
        String value = overrides.getProperty(property);
        if (value == null || value.isBlank()) {
            return defaultFor(purpose);
        }
        try {
            long limit = Long.parseLong(value.strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " must be a positive number of bytes, not " + value, e);
        }
        throw new IllegalStateException(property + " must be a positive number of bytes, not " + value);
    }

    public static String propertyName(DocumentPurpose purpose) {
        return PROPERTY_PREFIX + purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The limit as a person reads it: "10 MB", "500 KB", "900 byte". */
    public static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " byte";
    }

    private static long defaultFor(DocumentPurpose purpose) {
        return switch (purpose) {
            case FORM_TEMPLATE, RESULT, ISSUED_FORM -> 20 * MB;
            case SCAN, CHAT_ATTACHMENT -> 10 * MB;
        };
    }
}
