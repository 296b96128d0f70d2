package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" (form 02, appendix of Circular 01/2018/TT-VPCP)
 * carries: which dossier, what the applicant must add or correct, and whom to ask.
 *
 * @param parentAgencyName the body the issuer belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       the issuer, e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param placeName        the place written before the date, e.g. "Chư Sê"
 * @param number           the number after "Số:", e.g. "12/PBS"
 * @param items            what to add or correct, one line each; at least one
 * @param reason           why, may be null
 * @param contact          whom to ask while completing the dossier, e.g. "bà Rơ Châm H'Nhi, số điện thoại
 *                         0269 3851 234"
 * @param officerName      the officer who signs as the guide; blank leaves the line to write
 */
public record SupplementRequestFormDto(String parentAgencyName, String agencyName, String placeName, String number,
                                       Instant issuedAt, String applicantName, String dossierCode,
                                       String procedureName, Instant receivedAt, List<String> items, String reason,
                                       String contact, String officerName) {

    public SupplementRequestFormDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(contact, "contact");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A supplement request names at least one thing to add or correct");
        }
    }
}
