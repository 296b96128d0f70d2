package vn.motcua.dossier.entity;

/** Where a dossier stands; RETURNED, REFUSED and STOPPED are final. */
public enum DossierStatus {
    /** Tiếp nhận: received at the desk, not yet handed on. */
    RECEIVED,
    /** Đang giải quyết. */
    IN_PROGRESS,
    /** Chờ bổ sung (form 02): the deadline clock is paused. */
    AWAITING_SUPPLEMENT,
    /** Đã có kết quả, chờ trả. */
    READY_FOR_RETURN,
    /** Đã trả kết quả. */
    RETURNED,
    /** Từ chối giải quyết (form 03). */
    REFUSED,
    /** Dừng giải quyết at the applicant's request before a decision (Decree 118/2025/NĐ-CP Art. 21). */
    STOPPED;

    public boolean isFinal() {
        return this == RETURNED || this == REFUSED || this == STOPPED;
    }

    /** The office is still working on it: its deadline runs (or is paused), unlike a result awaiting return. */
    public boolean isRunning() {
        return !isFinal() && this != READY_FOR_RETURN;
    }
}
