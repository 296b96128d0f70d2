package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the "Phiếu kiểm soát quá trình giải quyết hồ sơ" (form 05, appendix of Circular 01/2018/TT-VPCP)
 * carries: the dossier and every hand-off with its timeliness. The sheet is opened when the dossier is
 * received, so it is dated that day.
 *
 * @param parentAgencyName the body the desk belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       the desk, e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param placeName        the place written before the date, e.g. "Chư Sê"
 * @param handOffs         in the order they happened; may be empty for a sheet printed at reception
 */
public record ControlSheetDto(String parentAgencyName, String agencyName, String placeName, String dossierCode,
                              String applicantName, String procedureName, Instant receivedAt,
                              Instant appointmentAt, List<HandOffDto> handOffs) {

    public ControlSheetDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        handOffs = List.copyOf(Objects.requireNonNull(handOffs, "handOffs"));
    }
}
