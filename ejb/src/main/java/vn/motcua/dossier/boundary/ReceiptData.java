package vn.motcua.dossier.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.catalog.control.CatalogVocabulary;
import vn.motcua.catalog.control.ReleaseAssembler;
import vn.motcua.dossier.control.Counters;
import vn.motcua.dossier.control.OfficeHeader;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.shared.boundary.Clocks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Gathers what form 01 prints about a dossier. */
@Dependent
public class ReceiptData {

    /** Public address of the lookup page printed as the receipt's QR (motcua.public-url). */
    static final String PUBLIC_URL = System.getProperty("motcua.public-url", "http://localhost:8080/motcua");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Counters counters;

    public ReceiptDto of(Dossier dossier, List<SubmittedDocumentDto> documents, String officer, int number, String pin) {
        Agency desk = dossier.getDesk();
        OfficeHeader header = OfficeHeader.of(desk);
        String officerName = OfficeHeader.officerName(em, officer);
        LocalDate day = LocalDate.ofInstant(dossier.getReceivedAt(), Clocks.VIETNAM);
        // the logbook (form 06) is kept per desk and year: its entry number is the year's own gap-free counter,
        // raised under a row lock like the day's; counting the year's dossiers would grow with every one
        LocalDate year = day.withDayOfYear(1);
        String logbook = "LOG:" + desk.getCode();
        int entry = counters.next(logbook, year);
        String code = dossier.getCode().value();
        return new ReceiptDto(header.parentAgencyName(), header.agencyName(), header.placeName(),
                number + "/TNHS",
                code, dossier.getApplicant().getFullName(), dossier.getApplicant().getIdNumber(),
                dossier.getApplicant().getAddress(), dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                dossier.getProcedure().getName(), documents == null ? List.of() : documents, dossier.getDocumentSets(),
                CatalogVocabulary.formatTerm(ReleaseAssembler.toDto(dossier.getProcedure().getTerm())),
                dossier.getReceivedAt(), dossier.getAppointmentAt(), desk.getName(),
                String.valueOf(day.getYear()), entry, officerName,
                PUBLIC_URL + "/lookup?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8), pin);
    }
}
