package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (form 01, appendix of Circular 01/2018/TT-VPCP)
 * carries, plus the lookup URL and PIN printed under a QR code so the applicant can follow the dossier.
 *
 * @param parentAgencyName the body the desk belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       the desk, e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param placeName        the place written before the date, e.g. "Chư Sê"
 * @param receiptNumber    the number after "Số:", e.g. "125/TNHS"
 * @param applicantPhone   may be blank, as may {@code applicantEmail}
 * @param statutoryTime    the time the procedure allows, as the catalog words it, e.g. "03 ngày làm việc"
 * @param collectAt        where the applicant registered to collect the result
 */
public record ReceiptDto(String parentAgencyName, String agencyName, String placeName, String receiptNumber,
                         String dossierCode, String applicantName, String applicantIdNumber,
                         String applicantAddress, String applicantPhone, String applicantEmail,
                         String procedureName, List<SubmittedDocumentDto> documents, int setCount,
                         String statutoryTime, Instant receivedAt, Instant appointmentAt, String collectAt,
                         String logbookVolume, int logbookEntry, String receivingOfficerName,
                         String lookupUrl, String lookupPin) {

    public ReceiptDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
        documents = List.copyOf(documents);
    }
}
