package vn.motcua.queue.boundary;

/**
 * A display-board command on the topic java:/jms/motcua/display, as JSON (format 1). kind CALL or
 * RECALL: show {@code label} at counter {@code counter} of desk {@code desk} and announce it; PAUSE /
 * RESUME: the counter's state changed. {@code at} is the server's epoch milliseconds of the action.
 */
public record DisplayMessage(int formatVersion, String kind, String desk, int counter, String label, long at) {

    public static final int FORMAT_VERSION = 1;

    public static DisplayMessage of(String kind, String desk, int counter, String label, long at) {
        return new DisplayMessage(FORMAT_VERSION, kind, desk, counter, label, at);
    }
}
