package vn.motcua.queue.boundary;

/** A print command on the queue java:/jms/motcua/printer, as JSON (format 1): print this ticket at its kiosk. */
public record PrintMessage(int formatVersion, long ticketId) {

    public static final int FORMAT_VERSION = 1;

    public static PrintMessage of(long ticketId) {
        return new PrintMessage(FORMAT_VERSION, ticketId);
    }
}
