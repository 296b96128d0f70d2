package vn.motcua.dossier.control;

import com.lowagie.text.Paragraph;
import vn.motcua.dossier.boundary.ApologyFormDto;

import static vn.motcua.dossier.control.FormPdf.BODY_SIZE;
import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.bold;
import static vn.motcua.dossier.control.FormPdf.centred;
import static vn.motcua.dossier.control.FormPdf.field;
import static vn.motcua.dossier.control.FormPdf.sentence;
import static vn.motcua.dossier.control.FormPdf.text;

/**
 * Prints the "Phiếu xin lỗi và hẹn lại ngày trả kết quả" in the layout of form 04 (appendix of Circular
 * 01/2018/TT-VPCP): the agency that is late says why, apologises and sets the new appointment. The form
 * has no number; it is signed by the head of the agency.
 */
public final class ApologyRenderer {

    private ApologyRenderer() {
    }

    public static byte[] render(ApologyFormDto form) {
        return FormPdf.render(document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(form.parentAgencyName(), form.agencyName(), null,
                    FormPdf.placeAndDate(form.placeName(), FormTimes.day(form.issuedAt()))),
                    "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", form.dossierCode());
            Paragraph to = centred(text("Kính gửi: " + form.applicantName(), bold(BODY_SIZE)));
            to.setSpacingBefore(12);
            to.setSpacingAfter(6);
            add(document, to);
            String agency = form.agencyName();
            add(document, sentence(agency + " tiếp nhận hồ sơ đề nghị giải quyết thủ tục " + form.procedureName()
                    + " của Ông/Bà."));
            add(document, field("Thời gian nhận hồ sơ", FormTimes.time(form.receivedAt())));
            add(document, field("Thời gian hẹn trả kết quả giải quyết hồ sơ",
                    FormTimes.time(form.previousAppointmentAt())));
            add(document, sentence("Tuy nhiên đến nay, " + agency + " chưa trả kết quả giải quyết hồ sơ của Ông/Bà"
                    + " theo đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."));
            add(document, field("Lý do", form.reason()));
            add(document, sentence("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + agency + " xin lỗi Ông/Bà và"
                    + " sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào lúc:"));
            add(document, field("Thời gian hẹn trả kết quả mới", FormTimes.time(form.newAppointmentAt())));
            add(document, sentence("Mong nhận được sự thông cảm của Ông/Bà./."));
            add(document, FormPdf.signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", form.signerName()));
        });
    }
}
