package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the "Phiếu từ chối tiếp nhận giải quyết hồ sơ" (form 03, appendix of Circular 01/2018/TT-VPCP)
 * carries. Decree 61/2018/NĐ-CP requires the refusal to state its reasons, so there is at least one.
 *
 * @param parentAgencyName the body the issuer belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       the issuer, e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param placeName        the place written before the date, e.g. "Chư Sê"
 * @param number           the number after "Số:", e.g. "3/PTC"
 * @param reasons          why the dossier is refused, one line each
 * @param officerName      the officer who signs; blank leaves the line to write
 */
public record RefusalFormDto(String parentAgencyName, String agencyName, String placeName, String number,
                             Instant issuedAt, String applicantName, String dossierCode, String procedureName,
                             Instant receivedAt, List<String> reasons, String officerName) {

    public RefusalFormDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A refusal states at least one reason");
        }
    }
}
