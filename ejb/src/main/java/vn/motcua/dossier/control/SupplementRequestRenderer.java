package vn.motcua.dossier.control;

import com.lowagie.text.Paragraph;
import vn.motcua.dossier.boundary.SupplementRequestFormDto;

import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.field;
import static vn.motcua.dossier.control.FormPdf.sentence;

/**
 * Prints the "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" in the layout of form 02 (appendix of Circular
 * 01/2018/TT-VPCP). Decree 61/2018/NĐ-CP has the officer state on this form what the applicant must
 * add or correct, and why, so every item is printed.
 */
public final class SupplementRequestRenderer {

    private SupplementRequestRenderer() {
    }

    public static byte[] render(SupplementRequestFormDto form) {
        return FormPdf.render(document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(form.parentAgencyName(), form.agencyName(),
                    form.number(), FormPdf.placeAndDate(form.placeName(), FormTimes.day(form.issuedAt()))),
                    "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", form.dossierCode());
            Paragraph applicant = field("Hồ sơ của", form.applicantName());
            applicant.setSpacingBefore(12);
            add(document, applicant);
            add(document, field("Nội dung yêu cầu giải quyết", form.procedureName()));
            add(document, field("Thời gian nhận hồ sơ", FormTimes.time(form.receivedAt())));
            add(document, sentence("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"));
            for (int i = 0; i < form.items().size(); i++) {
                add(document, FormPdf.numbered(i + 1, form.items().get(i)));
            }
            if (form.reason() != null) {
                add(document, field("Lý do", form.reason()));
            }
            add(document, sentence("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với "
                    + form.contact() + " để được hướng dẫn./."));
            add(document, FormPdf.signature("NGƯỜI HƯỚNG DẪN", form.officerName()));
        });
    }
}
