package vn.motcua.dossier.control;

import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierStatus;

/** The Vietnamese words printed on forms 05 and 06 (Circular 01/2018/TT-VPCP), which are not localised. */
public final class TimelinessLabels {

    private TimelinessLabels() {
    }

    public static String of(Timeliness timeliness) {
        if (timeliness == null) {
            return "";
        }
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
            case WITHIN_DEADLINE -> "Trong hạn";
            case OVERDUE -> "Quá hạn";
        };
    }

    public static String outcome(DossierAction action) {
        return switch (action) {
            case FORWARD -> "Chuyển bước tiếp theo";
            case APPROVE -> "Phê duyệt";
            case RETURN_TO_STEP -> "Trả lại bước trước";
            case REFUSE -> "Từ chối giải quyết";
            case STOP_ON_REQUEST -> "Dừng theo đề nghị";
            case MARK_READY_FOR_RETURN -> "Chuyển trả kết quả";
            default -> action.name();
        };
    }

    public static String status(DossierStatus status) {
        return switch (status) {
            case REFUSED -> "Từ chối giải quyết";
            case STOPPED -> "Dừng giải quyết";
            default -> "";
        };
    }
}
