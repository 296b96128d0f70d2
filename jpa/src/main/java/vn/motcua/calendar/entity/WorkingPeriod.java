package vn.motcua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** One stretch of office hours on a day of the week, e.g. Monday 07:30–11:30. */
@Embeddable
public class WorkingPeriod {

    static final Comparator<WorkingPeriod> IN_WEEK_ORDER =
            Comparator.comparing(WorkingPeriod::getDayOfWeek).thenComparing(WorkingPeriod::getStart);

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalTime end;

    protected WorkingPeriod() {
    }

    WorkingPeriod(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working period ends after it starts: " + this);
        }
    }

    boolean overlaps(WorkingPeriod other) {
        return dayOfWeek == other.dayOfWeek && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WorkingPeriod that
                && dayOfWeek == that.dayOfWeek && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, start, end);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + start + "–" + end;
    }
}
