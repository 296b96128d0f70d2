package vn.motcua.catalog.entity;

import java.util.EnumSet;
import java.util.Set;

/** What an officer may do with a dossier at a workflow step. */
public enum StepAction {
    /** Chuyển xử lý: hand the dossier to the next step. */
    FORWARD,
    /** Trả lại bước trước. */
    RETURN,
    /** Yêu cầu bổ sung, hoàn thiện hồ sơ (form 02); the deadline clock pauses. */
    REQUEST_SUPPLEMENT,
    /** Trình ký. */
    SUBMIT_FOR_APPROVAL,
    /** Phê duyệt, ký. */
    APPROVE,
    /** Từ chối giải quyết (form 03). */
    REFUSE;

    /** The actions that move a dossier on to the following step. */
    public static final Set<StepAction> ADVANCING = EnumSet.of(FORWARD, SUBMIT_FOR_APPROVAL, APPROVE);
}
