package vn.motcua.dossier.boundary;

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

/** Gathers what form 01 prints about a dossier, from what the reception has already read and numbered. */
final class ReceiptData {

    /** Public address of the lookup page printed as the receipt's QR (motcua.public-url). */
    static final String PUBLIC_URL = System.getProperty("motcua.public-url", "http://localhost:8080/motcua");

    private ReceiptData() {
    }

    /** The logbook entry (form 06) is the desk's own gap-free series of the year, raised like the day's number. */
    static ReceiptDto of(Dossier dossier, List<SubmittedDocumentDto> documents, String officerName, int number,
                         int logbookEntry, String pin) {
        Agency desk = dossier.getDesk();
        OfficeHeader header = OfficeHeader.of(desk);
        LocalDate day = LocalDate.ofInstant(dossier.getReceivedAt(), Clocks.VIETNAM);
        String code = dossier.getCode().value();
        return new ReceiptDto(header.parentAgencyName(), header.agencyName(), header.placeName(),
                number + "/TNHS",
                code, dossier.getApplicant().getFullName(), dossier.getApplicant().getIdNumber(),
                dossier.getApplicant().getAddress(), dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                dossier.getProcedure().getName(), documents == null ? List.of() : documents, dossier.getDocumentSets(),
                CatalogVocabulary.formatTerm(ReleaseAssembler.toDto(dossier.getProcedure().getTerm())),
                dossier.getReceivedAt(), dossier.getAppointmentAt(), desk.getName(),
                String.valueOf(day.getYear()), logbookEntry, officerName,
                PUBLIC_URL + "/lookup?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8), pin);
    }
}
