package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import vn.motcua.catalog.entity.SearchText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads spreadsheet cells the way people fill them: numbers typed as text, "0,25" with a decimal
 * comma, "80.000 đồng" with thousands dots, dates as dates or as dd/MM/yyyy text.
 */
final class SheetCells {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern MONEY_NOISE = Pattern.compile("[\\s.,]|(vnd|dong|d)$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    private SheetCells() {
    }

    static String text(Row row, int column) {
        Cell cell = row == null || column < 0 ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (text(row, cell.getColumnIndex()) != null) {
                return false;
            }
        }
        return true;
    }

    static Optional<BigDecimal> decimal(String text) {
        String plain = text.replace(',', '.').replace(" ", "");
        return DECIMAL.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    static Optional<BigDecimal> money(String text) {
        String plain = SearchText.fold(text);
        String previous;
        do {
            previous = plain;
            plain = MONEY_NOISE.matcher(plain).replaceAll("");
        } while (!plain.equals(previous));
        return plain.chars().allMatch(Character::isDigit) && !plain.isEmpty()
                ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    static Optional<LocalDate> date(Row row, int column, String text) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return Optional.of(DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate());
        }
        DateTimeFormatter format = ISO_DATE.matcher(text).matches() ? DateTimeFormatter.ISO_LOCAL_DATE : DAY_MONTH_YEAR;
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
