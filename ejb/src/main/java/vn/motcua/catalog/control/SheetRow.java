package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.Row;
import vn.motcua.catalog.boundary.StatutoryTermDto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of one spreadsheet row. A blank cell is null (the validator decides whether it was
 * required); a cell that cannot be read is a problem at its path, then null.
 */
final class SheetRow {

    private final Row row;
    private final Map<String, Integer> columns;
    private final ProblemLog log;
    private final int procedure;
    private final String prefix;

    SheetRow(Row row, Map<String, Integer> columns, ProblemLog log, int procedure, String prefix) {
        this.row = row;
        this.columns = columns;
        this.log = log;
        this.procedure = procedure;
        this.prefix = prefix;
    }

    /** The same row read through other columns, for problems under another path (a channel). */
    SheetRow view(Map<String, Integer> otherColumns, String otherPrefix) {
        return new SheetRow(row, otherColumns, log, procedure, otherPrefix);
    }

    int procedure() {
        return procedure;
    }

    private String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    String text(String key) {
        return SheetCells.text(row, columns.getOrDefault(key, -1));
    }

    BigDecimal decimal(String key) {
        String text = text(key);
        return text == null ? null : report(SheetCells.decimal(text), key, "catalog.value.notNumber", text);
    }

    BigDecimal money(String key) {
        String text = text(key);
        return text == null ? null : report(SheetCells.money(text), key, "catalog.value.notNumber", text);
    }

    Integer integer(String key) {
        BigDecimal number = decimal(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            log.add(procedure, path(key), "catalog.value.wrongType", number, "số nguyên");
            return null;
        }
        return number.intValue();
    }

    LocalDate date(String key) {
        String text = text(key);
        return text == null ? null
                : report(SheetCells.date(row, columns.get(key), text), key, "catalog.value.notDate", text);
    }

    StatutoryTermDto term(String key) {
        String text = text(key);
        return text == null ? null : report(CatalogVocabulary.parseTerm(text), key, "catalog.term.invalid", text);
    }

    <E extends Enum<E>> E label(String key, Class<E> type) {
        String text = text(key);
        return text == null ? null : report(CatalogVocabulary.parse(type, text), key, "catalog.value.unknownCode",
                text, CatalogVocabulary.choices(type));
    }

    /** A list of labels in one cell, separated by commas, semicolons or line breaks. */
    <E extends Enum<E>> Set<E> labels(String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        String text = text(key);
        if (text == null) {
            return values;
        }
        for (String part : text.split("[,;\\n]")) {
            if (!part.isBlank()) {
                Optional<E> value = CatalogVocabulary.parse(type, part);
                value.ifPresentOrElse(values::add, () -> log.add(procedure, path(key), "catalog.value.unknownCode",
                        part.strip(), CatalogVocabulary.choices(type)));
            }
        }
        return values;
    }

    void problem(String key, String messageKey, Object... args) {
        log.add(procedure, path(key), messageKey, args);
    }

    private <T> T report(Optional<T> value, String key, String messageKey, Object... args) {
        if (value.isEmpty()) {
            log.add(procedure, path(key), messageKey, args);
        }
        return value.orElse(null);
    }
}
