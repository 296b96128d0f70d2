package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.motcua.calendar.entity.StatutoryDuration;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Thời hạn giải quyết as the catalog states it: so many working days or hours, or the same day with
 * a cut-off time (secured transactions received after 15:00 are done the next working day, Decree
 * 99/2022/NĐ-CP). Plain columns; the deadline engine turns a term into an appointment date.
 */
@Embeddable
public class StatutoryTerm {

    /** Working hours are counted eight to a day (Labour Code 2019 Art. 105). */
    public static final BigDecimal HOURS_PER_WORKING_DAY = BigDecimal.valueOf(8);
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999.99");

    @Enumerated(EnumType.STRING)
    @Column(name = "term_unit", nullable = false, length = 20)
    private TermUnit unit;

    @Column(name = "term_amount", nullable = false, precision = 7, scale = 2)
    private BigDecimal amount;

    @Column(name = "term_cut_off")
    private LocalTime cutOff;

    protected StatutoryTerm() {
    }

    /** A same-day term counts as one day; its amount may be given as 1 or left out. */
    public StatutoryTerm(TermUnit unit, BigDecimal amount, LocalTime cutOff) {
        this.unit = Objects.requireNonNull(unit, "unit");
        if (unit == TermUnit.SAME_DAY) {
            if (amount != null && amount.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("a same-day term has no other amount than 1");
            }
            this.amount = BigDecimal.ONE;
        } else {
            if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("a term needs a positive amount with at most two decimals");
            }
            this.amount = amount.stripTrailingZeros();
        }
        this.cutOff = cutOff;
    }

    public static StatutoryTerm workingDays(String amount) {
        return new StatutoryTerm(TermUnit.WORKING_DAYS, new BigDecimal(amount), null);
    }

    public static StatutoryTerm workingHours(String amount) {
        return new StatutoryTerm(TermUnit.WORKING_HOURS, new BigDecimal(amount), null);
    }

    public static StatutoryTerm sameDay(LocalTime cutOff) {
        return new StatutoryTerm(TermUnit.SAME_DAY, BigDecimal.ONE, cutOff);
    }

    /** The term as working days, the unit internal workflow budgets are counted in. */
    public BigDecimal inWorkingDays() {
        return switch (unit) {
            case WORKING_DAYS -> amount;
            case WORKING_HOURS -> amount.divide(HOURS_PER_WORKING_DAY, 4, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            case SAME_DAY -> BigDecimal.ONE;
        };
    }

    /** The same term as the deadline engine counts it. */
    public StatutoryDuration toDuration() {
        return switch (unit) {
            case WORKING_DAYS -> StatutoryDuration.workingDays(amount);
            case WORKING_HOURS -> StatutoryDuration.workingHours(amount);
            case SAME_DAY -> StatutoryDuration.sameDay(cutOff);
        };
    }

    public TermUnit getUnit() {
        return unit;
    }

    public BigDecimal getAmount() {
        return amount.stripTrailingZeros();
    }

    public LocalTime getCutOff() {
        return cutOff;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StatutoryTerm term && unit == term.unit
                && amount.compareTo(term.amount) == 0 && Objects.equals(cutOff, term.cutOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount.stripTrailingZeros(), cutOff);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit + (cutOff == null ? "" : " before " + cutOff);
    }
}
