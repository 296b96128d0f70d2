package vn.motcua.catalog.control;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The checks every text of a release passes: present when required, within its column's length,
 * and free of markup, script and control characters — names are shown on public pages, kiosks and
 * printed receipts, so they must be plain text.
 */
final class TextChecks {

    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<\\s*[a-z!/?]|javascript\\s*:|vbscript\\s*:|&#?[a-z0-9]+;|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final ProblemLog log;
    private final int procedure;

    TextChecks(ProblemLog log, int procedure) {
        this.log = log;
        this.procedure = procedure;
    }

    void add(String path, String messageKey, Object... args) {
        log.add(procedure, path, messageKey, args);
    }

    boolean present(String path, Object value) {
        boolean present = value != null && !(value instanceof Collection<?> c && c.isEmpty());
        if (!present) {
            add(path, "catalog.value.required");
        }
        return present;
    }

    void text(String path, String value, boolean required, int maxLength) {
        if (value == null) {
            if (required) {
                present(path, null);
            }
            return;
        }
        if (value.length() > maxLength) {
            add(path, "catalog.value.tooLong", value.length(), maxLength);
        } else if (MARKUP.matcher(value).find()) {
            add(path, "catalog.value.markup");
        }
    }

    /** A code: a text that must also have the given shape; the example goes into the message. */
    void code(String path, String value, int maxLength, Pattern shape, String example) {
        text(path, value, true, maxLength);
        if (value != null && value.length() <= maxLength && !shape.matcher(value).matches()) {
            add(path, "catalog.value.badFormat", value, example);
        }
    }
}
