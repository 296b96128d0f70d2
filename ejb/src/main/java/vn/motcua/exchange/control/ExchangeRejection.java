package vn.motcua.exchange.control;

import vn.motcua.shared.boundary.BusinessException;

/**
 * An inbound message that no redelivery can make right: it is parked in the dead-letter queue at once
 * with its reason (the code) and detail, for an administrator to fix and replay or discard.
 */
public class ExchangeRejection extends BusinessException {

    /** Why a message was parked; also the suffix of its message key exchange.reason.&lt;code&gt;. */
    public enum Reason { BAD_JSON, SCHEMA_VIOLATION, UNKNOWN_DOSSIER, WRONG_DEPARTMENT, NOT_CONNECTED,
        FORBIDDEN_TRANSITION, REDELIVERY_EXHAUSTED }

    private final Reason reason;
    private final String detail;

    public ExchangeRejection(Reason reason, String detail) {
        super("exchange.reason." + reason.name(), detail);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return reason + ": " + detail;
    }
}
