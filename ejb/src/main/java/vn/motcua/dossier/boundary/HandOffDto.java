package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * One hand-off of a dossier between units, a row of the control sheet (form 05, appendix of Circular
 * 01/2018/TT-VPCP).
 *
 * @param stepName     the step, e.g. "Thẩm định hồ sơ"
 * @param unitName     the unit that receives the dossier, e.g. "Chi nhánh Văn phòng Đăng ký đất đai"
 * @param giverName    the officer who hands the dossier over
 * @param receiverName the officer who receives it
 * @param dueAt        when the step had to be done, may be null
 * @param timeliness   "Trước hạn", "Đúng hạn" or "Quá hạn", already in Vietnamese; null while the step runs
 * @param note         may be null
 */
public record HandOffDto(String stepName, String unitName, Instant handedOverAt, String giverName,
                         String receiverName, Instant dueAt, String timeliness, String note) {

    public HandOffDto {
        Objects.requireNonNull(stepName, "stepName");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        Objects.requireNonNull(giverName, "giverName");
        Objects.requireNonNull(receiverName, "receiverName");
    }
}
