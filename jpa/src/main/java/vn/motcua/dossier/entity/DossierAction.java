package vn.motcua.dossier.entity;

import java.util.EnumSet;
import java.util.Set;

import static vn.motcua.dossier.entity.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.motcua.dossier.entity.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.entity.DossierStatus.READY_FOR_RETURN;
import static vn.motcua.dossier.entity.DossierStatus.RECEIVED;
import static vn.motcua.dossier.entity.DossierStatus.REFUSED;
import static vn.motcua.dossier.entity.DossierStatus.RETURNED;
import static vn.motcua.dossier.entity.DossierStatus.STOPPED;

/**
 * What can happen to a dossier, with the statuses it may happen from and the status it leads to:
 * the whole transition table in one place, so the journal and the guards cannot disagree.
 */
public enum DossierAction {
    RECEIVE(EnumSet.noneOf(DossierStatus.class), RECEIVED),
    /** Nhận hồ sơ at a step: the officer takes it. */
    ACCEPT(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT), null),
    /** Phân công: a leader gives the step to an officer. */
    ASSIGN(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT), null),
    /** Cập nhật kết quả xử lý: a note and working papers or the result, without moving on. */
    RECORD_WORK(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT), null),
    FORWARD(EnumSet.of(RECEIVED, IN_PROGRESS), IN_PROGRESS),
    RETURN_TO_STEP(EnumSet.of(IN_PROGRESS), IN_PROGRESS),
    REQUEST_SUPPLEMENT(EnumSet.of(RECEIVED, IN_PROGRESS), AWAITING_SUPPLEMENT),
    SUPPLEMENT_RECEIVED(EnumSet.of(AWAITING_SUPPLEMENT), IN_PROGRESS),
    APPROVE(EnumSet.of(RECEIVED, IN_PROGRESS), IN_PROGRESS),
    /** Form 03 may also answer a supplement that never came. */
    REFUSE(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT), REFUSED),
    STOP_ON_REQUEST(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT), STOPPED),
    /** Form 04 reschedules a running deadline; a paused one has nothing to apologise for yet. */
    APOLOGISE(EnumSet.of(RECEIVED, IN_PROGRESS), null),
    MARK_READY_FOR_RETURN(EnumSet.of(IN_PROGRESS), READY_FOR_RETURN),
    RETURN_RESULT(EnumSet.of(READY_FOR_RETURN), RETURNED);

    private final Set<DossierStatus> from;
    private final DossierStatus to;

    DossierAction(Set<DossierStatus> from, DossierStatus to) {
        this.from = from;
        this.to = to;
    }

    /** The actions an officer takes at a step without moving the dossier. */
    public boolean isActivity() {
        return this == ACCEPT || this == ASSIGN || this == RECORD_WORK;
    }

    public boolean isAllowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /** The status after the action; the same status for those that keep it. */
    public DossierStatus target(DossierStatus current) {
        return to == null ? current : to;
    }

    DossierStatus require(DossierStatus current) {
        if (!isAllowedFrom(current)) {
            throw new DossierRuleException("dossier.transitionNotAllowed", String.valueOf(current),
                    String.valueOf(target(current)), name());
        }
        return target(current);
    }
}
