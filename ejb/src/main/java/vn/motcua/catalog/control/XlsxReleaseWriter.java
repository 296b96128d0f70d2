package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.Channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a release as the spreadsheet template (XlsxLayout); with no procedures it is the empty
 * template the province fills in.
 */
final class XlsxReleaseWriter {

    private XSSFWorkbook workbook;
    private CellStyle wrapped;
    private CellStyle date;

    byte[] write(ReleaseDto release) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            workbook = book;
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setAlignment(HorizontalAlignment.LEFT);
            Sheet procedures = sheet(XlsxLayout.PROCEDURES, XlsxLayout.PROCEDURE_COLUMNS);
            Sheet documents = sheet(XlsxLayout.DOCUMENTS, XlsxLayout.DOCUMENT_COLUMNS);
            Sheet steps = sheet(XlsxLayout.WORKFLOW, XlsxLayout.STEP_COLUMNS);
            for (ProcedureDto procedure : release.procedures()) {
                procedure(procedures.createRow(procedures.getLastRowNum() + 1), procedure);
                for (int i = 0; i < procedure.documents().size(); i++) {
                    document(documents.createRow(documents.getLastRowNum() + 1), procedure.code(), i + 1,
                            procedure.documents().get(i));
                }
                for (int i = 0; i < procedure.workflow().size(); i++) {
                    step(steps.createRow(steps.getLastRowNum() + 1), procedure.code(), i + 1,
                            procedure.workflow().get(i));
                }
            }
            decision(sheet(XlsxLayout.DECISION, XlsxLayout.DECISION_COLUMNS), release);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(String name, List<XlsxLayout.Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i).header());
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void procedure(Row row, ProcedureDto p) {
        Object[] values = {p.code(), p.name(), p.field(), CatalogVocabulary.label(p.onlineLevel()), p.agency(),
                p.applicants(), p.steps(), p.conditions(), p.legalBasis(), p.result(),
                CatalogVocabulary.formatTerm(p.term()), p.fee().text(), p.fee().amount()};
        int column = fill(row, 0, values);
        for (Channel channel : Channel.values()) {
            ChannelOfferDto offer = p.channels().stream().filter(c -> c.channel() == channel).findFirst().orElse(null);
            column = offer == null ? column + 3 : fill(row, column, new Object[]{
                    CatalogVocabulary.formatTerm(offer.term()), offer.fee().text(), offer.fee().amount()});
        }
        fill(row, column, new Object[]{p.forms().stream().map(f -> f.code() + " | " + f.name())
                .collect(Collectors.joining("\n"))});
    }

    private void document(Row row, String code, int number, RequiredDocumentDto d) {
        fill(row, 0, new Object[]{code, BigDecimal.valueOf(number), d.name(), CatalogVocabulary.label(d.form()),
                BigDecimal.valueOf(d.copies()), d.condition(), d.template()});
    }

    private void step(Row row, String code, int number, WorkflowStepDto s) {
        fill(row, 0, new Object[]{code, BigDecimal.valueOf(number), s.name(), s.agency(),
                CatalogVocabulary.label(s.role()), s.days(), s.parallelGroup(),
                s.actions().stream().sorted().map(CatalogVocabulary::label).collect(Collectors.joining(", "))});
    }

    private void decision(Sheet sheet, ReleaseDto release) {
        Object[] values = {release.code(), release.name(), release.decisionNumber(), release.decisionDate()};
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.createRow(i + 1);
            fill(row, 0, new Object[]{XlsxLayout.DECISION_ROWS.get(i).header(), values[i]});
        }
    }

    /** Writes values from a column on; absent values leave the cell empty. Returns the next column. */
    private int fill(Row row, int from, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof BigDecimal number) {
                row.createCell(from + i).setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                row.createCell(from + i).setCellValue(day);
                row.getCell(from + i).setCellStyle(date);
            } else if (value instanceof String text && !text.isEmpty()) {
                row.createCell(from + i).setCellValue(text);
                row.getCell(from + i).setCellStyle(wrapped);
            }
        }
        return from + values.length;
    }
}
