package vn.motcua.dossier.control;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.motcua.dossier.boundary.LogbookDto;
import vn.motcua.dossier.boundary.LogbookEntryDto;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.motcua.dossier.control.FormPdf.BODY_SIZE;
import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.centred;
import static vn.motcua.dossier.control.FormPdf.italic;
import static vn.motcua.dossier.control.FormPdf.text;

/**
 * Prints the "Sổ theo dõi hồ sơ" in the layout of form 06 (appendix of Circular 01/2018/TT-VPCP): one
 * line per dossier received in the period. The circular sets this form, unlike the others, on A4; it is
 * laid across the page for its many columns.
 */
public final class LogbookRenderer {

    private static final float CELL_SIZE = 10;
    private static final float[] WIDTHS = {6, 17, 17, 12, 14, 12, 10, 10, 10, 11, 9};
    private static final List<String> BEFORE_DATES = List.of("TT", "Mã hồ sơ", "Tên thủ tục hành chính",
            "Tên tổ chức, cá nhân", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết");
    private static final List<String> DATES = List.of("Nhận hồ sơ", "Hẹn trả kết quả",
            "Trả kết quả cho tổ chức, cá nhân");
    private static final List<String> AFTER_DATES = List.of("Kết quả giải quyết (Trước hạn/đúng hạn/quá hạn)",
            "Ghi chú");

    private LogbookRenderer() {
    }

    public static byte[] render(LogbookDto logbook) {
        return FormPdf.render(PageSize.A4.rotate(), document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(logbook.parentAgencyName(), logbook.agencyName(),
                    null, null), "SỔ THEO DÕI HỒ SƠ", null);
            Paragraph period = centred(text("Từ ngày " + FormTimes.date(logbook.from()) + " đến ngày "
                    + FormTimes.date(logbook.to()), italic(BODY_SIZE)));
            period.setSpacingAfter(6);
            add(document, period);
            add(document, entries(logbook.entries()));
        });
    }

    /** Two heading rows, "Ngày, tháng, năm" spanning the three dates, repeated on every page. */
    private static PdfPTable entries(List<LogbookEntryDto> entries) {
        PdfPTable table = FormTable.ruled(WIDTHS, 2);
        BEFORE_DATES.forEach(heading -> table.addCell(spanningTwoRows(heading)));
        PdfPCell dates = FormTable.heading("Ngày, tháng, năm", CELL_SIZE);
        dates.setColspan(DATES.size());
        table.addCell(dates);
        AFTER_DATES.forEach(heading -> table.addCell(spanningTwoRows(heading)));
        DATES.forEach(heading -> table.addCell(FormTable.heading(heading, CELL_SIZE)));
        for (LogbookEntryDto entry : entries) {
            centre(table, String.valueOf(entry.entryNumber()));
            left(table, entry.dossierCode());
            left(table, entry.procedureName());
            left(table, entry.applicantName());
            left(table, Stream.of(entry.address(), entry.phone()).filter(Objects::nonNull)
                    .collect(Collectors.joining("\n")));
            left(table, entry.handedToUnit());
            centre(table, FormTimes.time(entry.receivedAt()));
            centre(table, FormTimes.time(entry.appointmentAt()));
            centre(table, FormTimes.time(entry.returnedAt()));
            centre(table, entry.timeliness());
            left(table, entry.note());
        }
        FormTable.spaceLines(table);
        return table;
    }

    private static PdfPCell spanningTwoRows(String heading) {
        PdfPCell cell = FormTable.heading(heading, CELL_SIZE);
        cell.setRowspan(2);
        return cell;
    }

    private static void left(PdfPTable table, String value) {
        table.addCell(FormTable.value(value, CELL_SIZE, Element.ALIGN_LEFT));
    }

    private static void centre(PdfPTable table, String value) {
        table.addCell(FormTable.value(value, CELL_SIZE, Element.ALIGN_CENTER));
    }
}
