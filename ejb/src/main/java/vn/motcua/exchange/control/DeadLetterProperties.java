package vn.motcua.exchange.control;

/**
 * Properties MotCua sets on an exchange message it parks in motcua.DLQ. A message Artemis itself moved
 * there after the last redelivery has none of them, only its original address (_AMQ_ORIG_ADDRESS).
 */
public final class DeadLetterProperties {

    public static final String REASON = "exchangeReason";
    public static final String DETAIL = "exchangeDetail";
    public static final String AGENCY = "exchangeAgency";
    public static final String PARKED_AT = "exchangeParkedAt";
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    /** Every exchange dead letter: parked by us, or moved by Artemis from the shared inbound queue. */
    public static final String SELECTOR = REASON + " IS NOT NULL OR " + ORIGINAL_ADDRESS + " = 'jms.queue.motcua.dept.in'";

    private DeadLetterProperties() {
    }
}
