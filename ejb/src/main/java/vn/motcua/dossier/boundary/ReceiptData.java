package vn.motcua.dossier.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.catalog.control.CatalogVocabulary;
import vn.motcua.catalog.control.ReleaseAssembler;
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

    public ReceiptDto of(Dossier dossier, List<SubmittedDocumentDto> documents, String officer, int number, String pin) {
        Agency desk = dossier.getDesk();
        OfficeHeader header = OfficeHeader.of(desk);
        String officerName = OfficeHeader.officerName(em, officer);
        LocalDate day = LocalDate.ofInstant(dossier.getReceivedAt(), Clocks.VIETNAM);
        long entry = em.createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.desk = :desk AND d.receivedAt >= :from"
                        + " AND d.receivedAt <= :to", Long.class)
                .setParameter("desk", desk)
                .setParameter("from", day.withDayOfYear(1).atStartOfDay(Clocks.VIETNAM).toInstant())
                .setParameter("to", dossier.getReceivedAt())
                .getSingleResult();
        String code = dossier.getCode().value();
        return new ReceiptDto(header.parentAgencyName(), header.agencyName(), header.placeName(),
                number + "/TNHS",
                code, dossier.getApplicant().getFullName(), dossier.getApplicant().getIdNumber(),
                dossier.getApplicant().getAddress(), dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                dossier.getProcedure().getName(), documents == null ? List.of() : documents, dossier.getDocumentSets(),
                CatalogVocabulary.formatTerm(ReleaseAssembler.toDto(dossier.getProcedure().getTerm())),
                dossier.getReceivedAt(), dossier.getAppointmentAt(), desk.getName(),
                String.valueOf(day.getYear()), (int) entry, officerName,
                PUBLIC_URL + "/lookup?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8), pin);
    }
}
