package vn.motcua.dossier.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.boundary.ApologyFormDto;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.IssuedFormDto;
import vn.motcua.dossier.boundary.RefusalFormDto;
import vn.motcua.dossier.boundary.SupplementRequestFormDto;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues forms 02, 03 and 04 of Circular 01/2018/TT-VPCP for a dossier: numbered per desk and year
 * where the form has a number (…/PBS, …/PTC), rendered, and filed with the dossier as issued, in the
 * caller's transaction, so a reprint is the very paper the applicant got.
 */
@Dependent
public class IssuedForms {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Counters counters;

    @Inject
    private Attachments attachments;

    public IssuedFormDto supplementRequest(Dossier dossier, List<String> items, String reason, String contact,
                                           String officer, Instant at) {
        OfficeHeader header = OfficeHeader.of(dossier.getDesk());
        String number = number(dossier, "PBS", at);
        byte[] pdf = SupplementRequestRenderer.render(new SupplementRequestFormDto(header.parentAgencyName(),
                header.agencyName(), header.placeName(), number, at, dossier.getApplicant().getFullName(),
                dossier.getCode().value(), dossier.getProcedure().getName(), dossier.getReceivedAt(), items, reason,
                contact == null || contact.isBlank() ? OfficeHeader.officerName(em, officer) : contact.strip(),
                OfficeHeader.officerName(em, officer)));
        return keep(dossier, "phieu-yeu-cau-bo-sung", number, pdf, officer, at);
    }

    public IssuedFormDto refusal(Dossier dossier, List<String> reasons, String officer, Instant at) {
        OfficeHeader header = OfficeHeader.of(dossier.getDesk());
        String number = number(dossier, "PTC", at);
        byte[] pdf = RefusalRenderer.render(new RefusalFormDto(header.parentAgencyName(), header.agencyName(),
                header.placeName(), number, at, dossier.getApplicant().getFullName(), dossier.getCode().value(),
                dossier.getProcedure().getName(), dossier.getReceivedAt(), reasons, OfficeHeader.officerName(em, officer)));
        return keep(dossier, "phieu-tu-choi", number, pdf, officer, at);
    }

    public IssuedFormDto apology(Dossier dossier, Instant previousAppointment, String reason, String officer,
                                 Instant at) {
        OfficeHeader header = OfficeHeader.of(dossier.getDesk());
        byte[] pdf = ApologyRenderer.render(new ApologyFormDto(header.parentAgencyName(), header.agencyName(),
                header.placeName(), at, dossier.getApplicant().getFullName(), dossier.getCode().value(),
                dossier.getProcedure().getName(), dossier.getReceivedAt(), previousAppointment,
                dossier.getAppointmentAt(), reason.strip(), OfficeHeader.officerName(em, officer)));
        return keep(dossier, "phieu-xin-loi", null, pdf, officer, at);
    }

    /** "12/PBS": the desk's own series for the year, from the same gap-free counter as dossier codes. */
    private String number(Dossier dossier, String series, Instant at) {
        String key = series + ":" + dossier.getDesk().getCode();
        LocalDate year = LocalDate.ofInstant(at, Clocks.VIETNAM).withDayOfYear(1);
        return counters.next(key, year) + "/" + series;
    }

    private IssuedFormDto keep(Dossier dossier, String name, String number, byte[] pdf, String officer, Instant at) {
        DossierDocument kept = attachments.add(dossier, DossierDocument.Kind.FORM,
                List.of(new FileUploadDto(name + "-" + dossier.getCode().value() + ".pdf", pdf)),
                dossier.getCurrentStep(), officer, at).get(0);
        return new IssuedFormDto(number, kept.getStoredFileId(), pdf);
    }
}
