package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.calendar.control.Moments.at;
import static vn.motcua.calendar.entity.Timeliness.EARLY;
import static vn.motcua.calendar.entity.Timeliness.LATE;
import static vn.motcua.calendar.entity.Timeliness.ON_TIME;
import static vn.motcua.calendar.entity.Timeliness.OVERDUE;
import static vn.motcua.calendar.entity.Timeliness.WITHIN_DEADLINE;

/** Early, on time, late; within deadline, overdue; and the one-working-day warning, at their boundaries. */
class TimelinessTest {

    private final DeadlineEngine engine = new DeadlineEngine(SeededCalendar.national());
    private final Instant due = at("23/02/2026 14:00");

    @Test
    void resolvedOnAnEarlierDayIsEarly() {
        assertEquals(EARLY, engine.classifyResolved(at("13/02/2026 16:59"), due));
        assertEquals(EARLY, engine.classifyResolved(at("22/02/2026 23:59:59.999"), due));
    }

    @Test
    void resolvedOnTheDueDayUpToTheDueInstantIsOnTime() {
        assertEquals(ON_TIME, engine.classifyResolved(at("23/02/2026 00:00"), due));
        assertEquals(ON_TIME, engine.classifyResolved(at("23/02/2026 07:30"), due));
        assertEquals(ON_TIME, engine.classifyResolved(at("23/02/2026 14:00"), due));
    }

    @Test
    void resolvedAfterTheDueInstantIsLate() {
        assertEquals(LATE, engine.classifyResolved(at("23/02/2026 14:00:00.001"), due));
        assertEquals(LATE, engine.classifyResolved(at("24/02/2026 08:00"), due));
    }

    @Test
    void inProgressIsOverdueOnceTheDueInstantHasPassed() {
        assertEquals(WITHIN_DEADLINE, engine.classifyInProgress(at("23/02/2026 14:00"), due));
        assertEquals(OVERDUE, engine.classifyInProgress(at("23/02/2026 14:00:00.001"), due));
    }

    @Test
    void warnsWhenAtMostOneWorkingDayIsLeft() {
        // Fri 13/02 14:00 to Mon 23/02 14:00 across Tết is exactly 8 working hours
        assertTrue(engine.dueWithinOneWorkingDay(at("13/02/2026 14:00"), due));
        assertFalse(engine.dueWithinOneWorkingDay(at("13/02/2026 13:59"), due));
        assertTrue(engine.dueWithinOneWorkingDay(at("23/02/2026 14:00"), due));
        assertFalse(engine.dueWithinOneWorkingDay(at("23/02/2026 14:01"), due));
    }

    @Test
    void remainingWorkingTimeTurnsNegativeWhenOverdue() {
        assertEquals(Duration.ofHours(8), engine.remaining(at("13/02/2026 14:00"), due));
        assertEquals(Duration.ofHours(8), engine.workingTimeBetween(at("13/02/2026 07:30"), at("23/02/2026 07:30")));
        assertEquals(Duration.ofHours(5), engine.remaining(at("14/02/2026 10:00"), due));
        assertEquals(Duration.ofHours(-1), engine.remaining(at("23/02/2026 15:00"), due));
        assertEquals(Duration.ofHours(-1), engine.remaining(at("23/02/2026 18:00"), at("23/02/2026 16:00")));
    }
}
