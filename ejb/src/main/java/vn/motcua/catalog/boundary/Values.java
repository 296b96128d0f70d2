package vn.motcua.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How the catalog's records hold values, so that equal content compares equal after any round trip. */
final class Values {

    private Values() {
    }

    /** Trimmed, one kind of line break, blank = absent. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return clean.isEmpty() ? null : clean;
    }

    /** 15, 15.0 and 15.00 are the same number of days. */
    static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
