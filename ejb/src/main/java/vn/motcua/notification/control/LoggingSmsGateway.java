package vn.motcua.notification.control;

import java.util.logging.Logger;

/**
 * The embedded default when no gateway is configured (motcua.sms.url unset): each SMS is written to the
 * server log instead of sent, the number masked, so a demo or a test server shows what would have gone.
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String phone, String text) {
        LOG.info(() -> "SMS not sent (no motcua.sms.url) to " + masked(phone) + ": " + text);
    }

    /** "0912345678" → "091*****78". */
    static String masked(String phone) {
        if (phone == null || phone.length() < 6) {
            return "***";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }

    @Override
    public String toString() {
        return "SMS to the server log";
    }
}
