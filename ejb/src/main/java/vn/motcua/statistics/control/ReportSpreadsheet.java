package vn.motcua.statistics.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX package (SpreadsheetML, ECMA-376) written straight to a stream, sheet after sheet, with the
 * few styles a statistics report uses. The province's report has a sheet per agency: POI builds an
 * XML object tree per sheet and package part, which cost the provincial job more than its counting.
 */
final class ReportSpreadsheet implements AutoCloseable {

    /** The report's cell styles, in the order of {@code cellXfs} below. */
    enum Style { PLAIN, BOLD, HEADING, CELL, NUMBER, TOTAL_NUMBER }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String BORDERED = "borderId=\"1\" applyBorder=\"1\"";
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" " + BORDERED + " xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" " + BORDERED + " xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" " + BORDERED + " xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" " + BORDERED + " xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"center\"/></xf></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private final ZipOutputStream zip;
    private final List<String> names = new ArrayList<>();

    ReportSpreadsheet(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** A sheet to fill row by row (rows and cells in ascending order), then {@link #add}. */
    static final class Sheet {
        private final StringBuilder data = new StringBuilder(8192);
        private final StringBuilder merges = new StringBuilder();
        private int mergeCount;
        private int row = -1;

        Sheet row(int index, double heightPoints) {
            endRow();
            row = index;
            data.append("<row r=\"").append(index + 1).append('"');
            if (heightPoints > 0) {
                data.append(" ht=\"").append(heightPoints).append("\" customHeight=\"1\"");
            }
            data.append('>');
            return this;
        }

        Sheet text(int column, String value, Style style) {
            cell(column, style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(data, value == null ? "" : value).append("</t></is></c>");
            return this;
        }

        Sheet blank(int column, Style style) {
            cell(column, style).append("/>");
            return this;
        }

        Sheet number(int column, long value, Style style) {
            cell(column, style).append("><v>").append(value).append("</v></c>");
            return this;
        }

        Sheet merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            merges.append("<mergeCell ref=\"").append(reference(firstRow, firstColumn)).append(':')
                    .append(reference(lastRow, lastColumn)).append("\"/>");
            mergeCount++;
            return this;
        }

        private StringBuilder cell(int column, Style style) {
            data.append("<c r=\"").append(reference(row, column)).append('"');
            return style == Style.PLAIN ? data : data.append(" s=\"").append(style.ordinal()).append('"');
        }

        private void endRow() {
            if (row >= 0) {
                data.append("</row>");
            }
        }
    }

    /**
     * Writes a sheet: column widths in characters, the columns and rows frozen at the top left, its rows
     * and merged cells.
     */
    void add(String name, int[] widths, int frozenColumns, int frozenRows, Sheet sheet) throws IOException {
        names.add(name);
        StringBuilder xml = new StringBuilder(sheet.data.length() + 1024).append(XML)
                .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">")
                .append("<sheetViews><sheetView").append(names.size() == 1 ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\"><pane xSplit=\"").append(frozenColumns).append("\" ySplit=\"")
                .append(frozenRows).append("\" topLeftCell=\"").append(reference(frozenRows, frozenColumns))
                .append("\" activePane=\"bottomRight\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.length; c++) {
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        sheet.endRow();
        xml.append("</cols><sheetData>").append(sheet.data).append("</sheetData>");
        if (sheet.mergeCount > 0) {
            xml.append("<mergeCells count=\"").append(sheet.mergeCount).append("\">").append(sheet.merges)
                    .append("</mergeCells>");
        }
        xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("</worksheet>");
        part("xl/worksheets/sheet" + names.size() + ".xml", xml);
    }

    /** The workbook, its relationships, the styles and the content types, after the sheets. */
    @Override
    public void close() throws IOException {
        StringBuilder workbook = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\"><sheets>");
        StringBuilder links = new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">");
        StringBuilder types = new StringBuilder(XML).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= names.size(); i++) {
            workbook.append("<sheet name=\"");
            escape(workbook, names.get(i - 1)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            links.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        links.append("<Relationship Id=\"rId").append(names.size() + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/workbook.xml", workbook.append("</sheets></workbook>"));
        part("xl/_rels/workbook.xml.rels", links);
        part("xl/styles.xml", new StringBuilder(STYLES));
        part("_rels/.rels", new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS)
                .append("\"><Relationship Id=\"rId1\" Type=\"").append(RELATIONSHIPS)
                .append("/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        part("[Content_Types].xml", types.append("</Types>"));
        zip.close();
    }

    private void part(String name, CharSequence xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A1-style reference of a zero-based row and column. */
    static String reference(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }

    /** XML text: the five entities escaped, characters XML 1.0 forbids left out. */
    static StringBuilder escape(StringBuilder to, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> to.append("&amp;");
                case '<' -> to.append("&lt;");
                case '>' -> to.append("&gt;");
                case '"' -> to.append("&quot;");
                case '\'' -> to.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        to.append(c);
                    }
                }
            }
        }
        return to;
    }
}
