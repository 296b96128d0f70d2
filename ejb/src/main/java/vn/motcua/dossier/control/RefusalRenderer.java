package vn.motcua.dossier.control;

import com.lowagie.text.Paragraph;
import vn.motcua.dossier.boundary.RefusalFormDto;

import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.field;
import static vn.motcua.dossier.control.FormPdf.sentence;

/**
 * Prints the "Phiếu từ chối tiếp nhận giải quyết hồ sơ" in the layout of form 03 (appendix of Circular
 * 01/2018/TT-VPCP): the dossier, then each reason for refusing it, numbered.
 */
public final class RefusalRenderer {

    private RefusalRenderer() {
    }

    public static byte[] render(RefusalFormDto form) {
        return FormPdf.render(document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(form.parentAgencyName(), form.agencyName(),
                    form.number(), FormPdf.placeAndDate(form.placeName(), FormTimes.day(form.issuedAt()))),
                    "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", form.dossierCode());
            Paragraph desk = sentence(form.agencyName() + " tiếp nhận hồ sơ của:");
            desk.setSpacingBefore(12);
            add(document, desk);
            add(document, field("Ông/Bà", form.applicantName()));
            add(document, field("Nội dung yêu cầu giải quyết", form.procedureName()));
            add(document, field("Thời gian nhận hồ sơ", FormTimes.time(form.receivedAt())));
            add(document, sentence("Qua xem xét, " + form.agencyName()
                    + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"));
            for (int i = 0; i < form.reasons().size(); i++) {
                add(document, FormPdf.numbered(i + 1, form.reasons().get(i)));
            }
            add(document, sentence("Xin thông báo để Ông/Bà được biết và thực hiện./."));
            add(document, FormPdf.signature("NGƯỜI TIẾP NHẬN HỒ SƠ", form.officerName()));
        });
    }
}
