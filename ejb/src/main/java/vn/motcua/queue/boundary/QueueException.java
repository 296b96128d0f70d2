package vn.motcua.queue.boundary;

import jakarta.ejb.ApplicationException;
import vn.motcua.shared.boundary.BusinessException;

import java.io.Serializable;

/** A queue rule was not met; the message key names it in the bundles (prefix "queue."). */
@ApplicationException(rollback = true)
public class QueueException extends BusinessException {

    public QueueException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** The kiosk asked for a group the desk does not have (or no longer offers). */
    @ApplicationException(rollback = true)
    public static class UnknownGroup extends QueueException {
        public UnknownGroup(String prefix) {
            super("queue.group.unknown", prefix);
        }
    }

    /** Outside the group's issuing hours. */
    @ApplicationException(rollback = true)
    public static class Closed extends QueueException {
        public Closed(String group, String opens, String closes) {
            super("queue.group.closed", group, opens, closes);
        }
    }

    /** The group's numbers for the day are all given. */
    @ApplicationException(rollback = true)
    public static class Full extends QueueException {
        public Full(String group, int cap) {
            super("queue.group.full", group, cap);
        }
    }

    /** A kiosk request not signed by this server, or too old. */
    @ApplicationException(rollback = true)
    public static class Forged extends QueueException {
        public Forged() {
            super("queue.kiosk.forged");
        }
    }

    /** A kiosk request that already got its ticket: the dispenser answers with that ticket. */
    @ApplicationException(rollback = true)
    public static class Replayed extends QueueException {
        public Replayed() {
            super("queue.kiosk.forged");
        }
    }

    /** The officer is not seated at the counter they act from. */
    @ApplicationException(rollback = true)
    public static class NotSeated extends QueueException {
        public NotSeated(int counter) {
            super("queue.counter.notSeated", counter);
        }
    }
}
