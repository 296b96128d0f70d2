package vn.motcua.queue.boundary;

import java.util.List;

/**
 * What a display board shows, sent when it connects (and reconnects): each counter with the number at
 * it, and the last calls, newest first. kind is always STATE, beside the CALL/RECALL commands.
 */
public record BoardStateDto(String kind, String desk, String deskName, List<BoardCounter> counters, List<BoardCall> recent) {

    /** A counter: its number and name, the ticket at it (or null), whether it is on a break. */
    public record BoardCounter(int number, String name, String label, boolean paused) {
    }

    /** One call: ticket and counter. */
    public record BoardCall(String label, int counter) {
    }
}
