package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.identity.entity.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a release from the spreadsheet template (XlsxLayout): one row per procedure on "Thủ tục",
 * its documents and workflow steps on their own sheets, joined by the procedure code, in row order.
 */
final class XlsxReleaseReader {

    private final XlsxLocator locator = new XlsxLocator();
    private final ProblemLog log = new ProblemLog(locator);
    private final Map<String, Integer> procedureByCode = new HashMap<>();
    private final List<ProcedureParts> procedures = new ArrayList<>();

    ReleaseReading read(byte[] content) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-OOXML file through several unchecked exception types
            log.addAt(null, 0, "", "catalog.file.unreadableSpreadsheet");
            return new ReleaseReading(null, log);
        }
        try (workbook) {
            return read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReleaseReading read(Workbook workbook) {
        SheetColumns procedureSheet = SheetColumns.of(workbook, XlsxLayout.PROCEDURES, XlsxLayout.PROCEDURE_COLUMNS, log);
        SheetColumns documentSheet = SheetColumns.of(workbook, XlsxLayout.DOCUMENTS, XlsxLayout.DOCUMENT_COLUMNS, log);
        SheetColumns stepSheet = SheetColumns.of(workbook, XlsxLayout.WORKFLOW, XlsxLayout.STEP_COLUMNS, log);
        SheetColumns decisionSheet = SheetColumns.of(workbook, XlsxLayout.DECISION, XlsxLayout.DECISION_COLUMNS, log);
        if (!log.isEmpty()) {
            return new ReleaseReading(null, log);
        }
        procedureSheet.alias("documents", "(" + XlsxLayout.DOCUMENTS + ")");
        procedureSheet.alias("workflow", "(" + XlsxLayout.WORKFLOW + ")");
        procedureSheet.alias("channels", "(" + CatalogVocabulary.label(Channel.IN_PERSON) + ", "
                + CatalogVocabulary.label(Channel.POSTAL) + ", " + CatalogVocabulary.label(Channel.ONLINE) + ")");
        for (Row row : procedureSheet.rows()) {
            procedure(row, procedureSheet);
        }
        for (Row row : documentSheet.rows()) {
            document(row, documentSheet);
        }
        for (Row row : stepSheet.rows()) {
            step(row, stepSheet);
        }
        ReleaseDto release = decision(decisionSheet, procedures.stream().map(ProcedureParts::build).toList());
        return new ReleaseReading(release, log);
    }

    private ReleaseDto decision(SheetColumns sheet, List<ProcedureDto> all) {
        Map<String, String> values = new HashMap<>();
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet.rows()) {
            String label = SheetColumns.stem(SheetCells.text(row, sheet.index("label")));
            XlsxLayout.DECISION_ROWS.stream().filter(r -> SheetColumns.stem(r.header()).equals(label)).findFirst()
                    .ifPresent(r -> {
                        rows.put(r.key(), row);
                        values.put(r.key(), SheetCells.text(row, sheet.index("value")));
                        locator.register(ProblemLog.RELEASE, "release." + r.key(), new XlsxLocator.Place(
                                XlsxLayout.DECISION, row.getRowNum() + 1, Map.of("", sheet.label("value"))));
                    });
        }
        Row dateRow = rows.get("decisionDate");
        SheetRow date = new SheetRow(dateRow, Map.of("decisionDate", sheet.index("value")), log, ProblemLog.RELEASE,
                "release");
        return new ReleaseDto(values.get("code"), values.get("name"), values.get("decisionNumber"),
                dateRow == null ? null : date.date("decisionDate"), all);
    }

    private void procedure(Row row, SheetColumns sheet) {
        int index = procedures.size();
        locator.register(index, "", sheet.place(row));
        SheetRow cells = new SheetRow(row, sheet.indexes(), log, index, "");
        ProcedureParts parts = new ProcedureParts(cells);
        procedures.add(parts);
        if (parts.code != null) {
            procedureByCode.putIfAbsent(parts.code, index);
        }
        for (Channel channel : Channel.values()) {
            Map<String, Integer> columns = sheet.channelIndexes(channel);
            if (columns.keySet().stream().allMatch(key -> SheetCells.text(row, columns.get(key)) == null)) {
                continue;
            }
            String item = "channels[" + parts.channels.size() + "]";
            locator.register(index, item, new XlsxLocator.Place(XlsxLayout.PROCEDURES, row.getRowNum() + 1,
                    sheet.channelLabels(channel)));
            SheetRow view = cells.view(columns, item);
            parts.channels.add(new ChannelOfferDto(channel, view.term("term"),
                    new FeeDto(view.text("fee.text"), view.money("fee.amount"))));
        }
        String forms = cells.text("forms");
        if (forms != null) {
            for (String line : forms.split("[\\n;]")) {
                int bar = line.indexOf('|');
                if (bar < 0 && !line.isBlank()) {
                    cells.problem("forms", "catalog.value.badFormat", line.strip(), "mã | tên");
                } else if (bar >= 0) {
                    parts.forms.add(new FormTemplateDto(line.substring(0, bar), line.substring(bar + 1)));
                }
            }
        }
    }

    private void document(Row row, SheetColumns sheet) {
        owner(row, sheet).ifPresent(parts -> {
            String item = "documents[" + parts.documents.size() + "]";
            SheetRow cells = item(row, sheet, parts, item, parts.documents.size());
            parts.documents.add(new RequiredDocumentDto(cells.text("name"), cells.label("form", DocumentForm.class),
                    cells.integer("copies"), cells.text("condition"), cells.text("template")));
        });
    }

    private void step(Row row, SheetColumns sheet) {
        owner(row, sheet).ifPresent(parts -> {
            String item = "workflow[" + parts.workflow.size() + "]";
            SheetRow cells = item(row, sheet, parts, item, parts.workflow.size());
            parts.workflow.add(new WorkflowStepDto(cells.text("name"), cells.text("agency"),
                    cells.label("role", Role.class), cells.decimal("days"), cells.text("parallelGroup"),
                    cells.labels("actions", StepAction.class)));
        });
    }

    /** Registers a document or step row and checks its number follows the one before. */
    private SheetRow item(Row row, SheetColumns sheet, ProcedureParts parts, String item, int position) {
        locator.register(parts.index, item, sheet.place(row));
        SheetRow cells = new SheetRow(row, sheet.indexes(), log, parts.index, item);
        Integer number = cells.integer("number");
        if (number != null && number != position + 1) {
            cells.problem("number", "catalog.value.sequence", number, position + 1);
        }
        return cells;
    }

    private Optional<ProcedureParts> owner(Row row, SheetColumns sheet) {
        String code = SheetCells.text(row, sheet.index("procedure"));
        Integer index = code == null ? null : procedureByCode.get(code);
        if (index == null) {
            log.addAt(sheet.name(), row.getRowNum() + 1, sheet.label("procedure"),
                    code == null ? "catalog.value.required" : "catalog.procedure.orphanRow", code, XlsxLayout.PROCEDURES);
            return Optional.empty();
        }
        return Optional.of(procedures.get(index));
    }

    /** A procedure row being read, with the items the other sheets add to it. */
    private static final class ProcedureParts {
        final int index;
        final String code;
        final List<ChannelOfferDto> channels = new ArrayList<>();
        final List<FormTemplateDto> forms = new ArrayList<>();
        final List<RequiredDocumentDto> documents = new ArrayList<>();
        final List<WorkflowStepDto> workflow = new ArrayList<>();
        final ProcedureDto head;

        ProcedureParts(SheetRow cells) {
            this.index = cells.procedure();
            this.code = cells.text("code");
            this.head = new ProcedureDto(code, cells.text("name"), cells.text("field"),
                    cells.label("onlineLevel", OnlineLevel.class), cells.text("agency"), cells.text("applicants"),
                    cells.text("steps"), cells.text("conditions"), cells.text("legalBasis"), cells.text("result"),
                    cells.term("term"), new FeeDto(cells.text("fee.text"), cells.money("fee.amount")),
                    null, null, null, null);
        }

        ProcedureDto build() {
            return new ProcedureDto(head.code(), head.name(), head.field(), head.onlineLevel(), head.agency(),
                    head.applicants(), head.steps(), head.conditions(), head.legalBasis(), head.result(), head.term(),
                    head.fee(), channels, forms, documents, workflow);
        }
    }
}
