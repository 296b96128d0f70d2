package vn.motcua.queue.boundary;

import java.util.List;

/**
 * The counter console of the signed-in officer: their seat (null when they sit nowhere), the ticket at
 * their counter (or null), how many wait in each group the counter serves, and today's tickets whose
 * paper did not print at this desk.
 */
public record ConsoleDto(SeatDto seat, CounterTicketDto current, List<WaitingDto> waiting, List<String> printFailures) implements java.io.Serializable {

    /** Where the officer sits. */
    public record SeatDto(long counterId, int number, String counterName, String desk, boolean paused) implements java.io.Serializable {
    }

    /** A group and how many wait in it. */
    public record WaitingDto(String prefix, String name, long count) implements java.io.Serializable {
    }
}
