package vn.motcua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A statutory duration (thời hạn giải quyết) as a procedure or a workflow step states it: working
 * days, working hours, or "within the day" with a cut-off time. One working day is eight working
 * hours (the 40-hour week of Decision 188/1999/QĐ-TTg), so fractions such as 0.25 or 0.5 of a day
 * are hours; any amount that comes to whole minutes is accepted. Embeddable so that the catalog
 * stores the very value the deadline engine reads.
 */
@Embeddable
public class StatutoryDuration implements Serializable {

    public static final int MINUTES_PER_WORKING_DAY = 8 * 60;

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS,
        /** Done within the working day of reception if received before the cut-off, else the next. */
        SAME_DAY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_unit", length = 15)
    private Unit unit;

    @Column(name = "duration_minutes")
    private int minutes;

    @Column(name = "duration_cut_off")
    private LocalTime cutOff;

    protected StatutoryDuration() {
    }

    private StatutoryDuration(Unit unit, int minutes, LocalTime cutOff) {
        this.unit = unit;
        this.minutes = minutes;
        this.cutOff = cutOff;
    }

    public static StatutoryDuration workingDays(long days) {
        return workingDays(BigDecimal.valueOf(days));
    }

    public static StatutoryDuration workingDays(BigDecimal days) {
        return new StatutoryDuration(Unit.WORKING_DAYS, wholeMinutes(days, MINUTES_PER_WORKING_DAY), null);
    }

    public static StatutoryDuration workingHours(long hours) {
        return workingHours(BigDecimal.valueOf(hours));
    }

    public static StatutoryDuration workingHours(BigDecimal hours) {
        return new StatutoryDuration(Unit.WORKING_HOURS, wholeMinutes(hours, 60), null);
    }

    /** E.g. registration of a secured transaction: same day before 15:00 (Decree 99/2022/NĐ-CP). */
    public static StatutoryDuration sameDay(LocalTime cutOff) {
        return new StatutoryDuration(Unit.SAME_DAY, 0, Objects.requireNonNull(cutOff, "cutOff"));
    }

    private static int wholeMinutes(BigDecimal amount, int minutesPerUnit) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a statutory duration must be positive");
        }
        BigDecimal total = amount.multiply(BigDecimal.valueOf(minutesPerUnit));
        if (total.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(amount + " does not come to whole working minutes");
        }
        return total.intValueExact();
    }

    public Unit unit() {
        return unit;
    }

    /** The amount in the unit the catalog states: 0.5 (days), 4 (hours); zero for SAME_DAY. */
    public BigDecimal amount() {
        return switch (unit) {
            case WORKING_DAYS -> inUnits(MINUTES_PER_WORKING_DAY);
            case WORKING_HOURS -> inUnits(60);
            case SAME_DAY -> BigDecimal.ZERO;
        };
    }

    private BigDecimal inUnits(int minutesPerUnit) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(minutesPerUnit), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** Working minutes to count; zero for SAME_DAY, whose end is the end of a working day. */
    public int workingMinutes() {
        return minutes;
    }

    /** The reception time from which a SAME_DAY duration moves to the next working day; else null. */
    public LocalTime cutOff() {
        return cutOff;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StatutoryDuration that
                && unit == that.unit && minutes == that.minutes && Objects.equals(cutOff, that.cutOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, minutes, cutOff);
    }

    @Override
    public String toString() {
        return unit == Unit.SAME_DAY ? "same day, cut-off " + cutOff : amount().toPlainString() + " " + unit;
    }
}
