package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.SearchText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sheet of the template as found in a file: its columns are matched by header, not position,
 * ignoring case, accents and any explanation in brackets, so a province may reorder or reword them.
 */
final class SheetColumns {

    private final String name;
    private final Sheet sheet;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private SheetColumns(String name, Sheet sheet) {
        this.name = name;
        this.sheet = sheet;
    }

    /** The sheet's columns; a missing sheet or column is a problem in the log. */
    static SheetColumns of(Workbook workbook, String name, List<XlsxLayout.Column> columns, ProblemLog log) {
        Sheet sheet = workbook.getSheet(name);
        for (int i = 0; sheet == null && i < workbook.getNumberOfSheets(); i++) {
            if (stem(workbook.getSheetName(i)).equals(stem(name))) {
                sheet = workbook.getSheetAt(i);
            }
        }
        SheetColumns found = new SheetColumns(name, sheet);
        if (sheet == null) {
            log.addAt(name, 0, "", "catalog.file.missingSheet", name);
            return found;
        }
        Map<String, Cell> headers = new HashMap<>();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header != null) {
            header.forEach(cell -> headers.putIfAbsent(stem(SheetCells.text(header, cell.getColumnIndex())), cell));
        }
        for (XlsxLayout.Column column : columns) {
            Cell cell = headers.get(stem(column.header()));
            if (cell == null) {
                log.addAt(name, 1, column.header(), "catalog.file.missingColumn", name, column.header());
            } else {
                found.indexes.put(column.key(), cell.getColumnIndex());
                String text = SheetCells.text(header, cell.getColumnIndex());
                int bracket = text.indexOf('(');
                found.labels.put(column.key(), CellReference.convertNumToColString(cell.getColumnIndex())
                        + " (" + (bracket > 0 ? text.substring(0, bracket).strip() : text) + ")");
            }
        }
        return found;
    }

    /** A header or label as compared: folded, without the explanation in brackets. */
    static String stem(String text) {
        String folded = SearchText.fold(text);
        int bracket = folded.indexOf('(');
        return (bracket < 0 ? folded : folded.substring(0, bracket)).strip();
    }

    /** The filled rows under the header, in order. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (!SheetCells.blank(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A label for a path no column holds, e.g. "workflow" → the sheet where the steps are. */
    void alias(String key, String label) {
        labels.put(key, label);
    }

    String name() {
        return name;
    }

    int index(String key) {
        return indexes.getOrDefault(key, -1);
    }

    String label(String key) {
        return labels.getOrDefault(key, key);
    }

    Map<String, Integer> indexes() {
        return indexes;
    }

    XlsxLocator.Place place(Row row) {
        return new XlsxLocator.Place(name, row.getRowNum() + 1, labels);
    }

    Map<String, Integer> channelIndexes(Channel channel) {
        Map<String, Integer> columns = new HashMap<>();
        for (String attribute : List.of("term", "fee.text", "fee.amount")) {
            columns.put(attribute, index(XlsxLayout.channelKey(channel, attribute)));
        }
        return columns;
    }

    Map<String, String> channelLabels(Channel channel) {
        Map<String, String> columns = new HashMap<>();
        for (String attribute : List.of("term", "fee.text", "fee.amount")) {
            columns.put(attribute, label(XlsxLayout.channelKey(channel, attribute)));
        }
        columns.put("", columns.get("term"));
        columns.put("channel", columns.get("term"));
        return columns;
    }
}
