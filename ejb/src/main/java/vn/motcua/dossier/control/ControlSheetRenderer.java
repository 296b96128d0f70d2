package vn.motcua.dossier.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import vn.motcua.dossier.boundary.ControlSheetDto;
import vn.motcua.dossier.boundary.HandOffDto;

import java.util.List;

import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.field;
import static vn.motcua.dossier.control.FormPdf.text;

/**
 * Prints the "Phiếu kiểm soát quá trình giải quyết hồ sơ" in the layout of form 05 (appendix of Circular
 * 01/2018/TT-VPCP): one row per hand-off with who gave and who took the dossier, when, and whether the
 * step was early, on time or late, so a late step can be traced to its unit.
 */
public final class ControlSheetRenderer {

    private static final float CELL_SIZE = 11;

    private ControlSheetRenderer() {
    }

    public static byte[] render(ControlSheetDto sheet) {
        return FormPdf.render(document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(sheet.parentAgencyName(), sheet.agencyName(), null,
                    FormPdf.placeAndDate(sheet.placeName(), FormTimes.day(sheet.receivedAt()))),
                    "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", sheet.dossierCode());
            Paragraph applicant = field("Tên tổ chức, cá nhân", sheet.applicantName());
            applicant.setSpacingBefore(12);
            add(document, applicant);
            add(document, field("Nội dung yêu cầu giải quyết", sheet.procedureName()));
            add(document, field("Thời gian nhận hồ sơ", FormTimes.time(sheet.receivedAt())));
            add(document, field("Thời gian hẹn trả kết quả giải quyết hồ sơ", FormTimes.time(sheet.appointmentAt())));
            add(document, FormPdf.sentence("Cơ quan (bộ phận) giải quyết hồ sơ:"));
            add(document, handOffs(sheet.handOffs()));
        });
    }

    /** The table of the circular's four columns; its heading repeats when the rows run onto the next page. */
    private static PdfPTable handOffs(List<HandOffDto> handOffs) {
        PdfPTable table = FormTable.ruled(new float[] {27, 33, 22, 18}, 1);
        for (String heading : List.of("TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)", "GHI CHÚ")) {
            table.addCell(FormTable.heading(heading, CELL_SIZE));
        }
        for (int i = 0; i < handOffs.size(); i++) {
            HandOffDto handOff = handOffs.get(i);
            table.addCell(FormTable.bordered(lines(bold(i + 1 + ". " + handOff.stepName()),
                    regular(handOff.unitName())), Element.ALIGN_LEFT));
            table.addCell(FormTable.bordered(lines(regular(FormTimes.time(handOff.handedOverAt())),
                    regular("Người giao: " + handOff.giverName()),
                    regular("Người nhận: " + handOff.receiverName())), Element.ALIGN_LEFT));
            table.addCell(FormTable.bordered(lines(bold(handOff.timeliness()),
                    regular(handOff.dueAt() == null ? null : "(Hạn: " + FormTimes.time(handOff.dueAt()) + ")")),
                    Element.ALIGN_CENTER));
            table.addCell(FormTable.value(handOff.note(), CELL_SIZE, Element.ALIGN_LEFT));
        }
        FormTable.spaceLines(table);
        return table;
    }

    /** The non-empty parts of a cell, one to a line. */
    private static Phrase lines(Phrase... parts) {
        Phrase cell = new Phrase();
        for (Phrase part : parts) {
            if (!part.getContent().isEmpty()) {
                if (!cell.isEmpty()) {
                    cell.add(new Chunk("\n", FormPdf.regular(CELL_SIZE)));
                }
                cell.add(part);
            }
        }
        return cell;
    }

    private static Phrase bold(String text) {
        return text(text, FormPdf.bold(CELL_SIZE));
    }

    private static Phrase regular(String text) {
        return text(text, FormPdf.regular(CELL_SIZE));
    }
}
