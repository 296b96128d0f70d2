package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.entity.StatutoryDuration;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.calendar.control.Moments.at;

/** A supplement request pauses the deadline; the working time that remained runs again from the resume. */
class SupplementPauseTest {

    private final DeadlineEngine engine = new DeadlineEngine(SeededCalendar.national());

    /** A 5-working-day dossier received Mon 02/03/2026 08:00. */
    private final Instant due = engine.due(at("02/03/2026 08:00"), StatutoryDuration.workingDays(5));

    @Test
    void pausedOnThursdayResumedAfterTheWeekend() {
        assertEquals(at("09/03/2026 08:00"), due);
        // left at the pause: 2 h Thu, 8 h Fri, 0.5 h Mon
        assertEquals(Duration.ofMinutes(630), engine.remaining(at("05/03/2026 15:00"), due));
        // from Mon 09:30: 2 h + 4 h Monday, then 4.5 h on Tuesday
        assertEquals(at("10/03/2026 13:30"), engine.resume(at("05/03/2026 15:00"), at("09/03/2026 09:30"), due));
    }

    @Test
    void pausedOnFridayResumedOnMondayMorning() {
        // 1.5 h left; resumed Mon 10:00, due at the end of the morning, not after lunch
        assertEquals(at("09/03/2026 11:30"), engine.resume(at("06/03/2026 16:00"), at("09/03/2026 10:00"), due));
    }

    @Test
    void resumedOnASaturdayCountsFromMonday() {
        // 10.5 h left: 8 h Mon 16/03, 2.5 h Tue 17/03
        assertEquals(at("17/03/2026 10:00"), engine.resume(at("05/03/2026 15:00"), at("14/03/2026 10:00"), due));
    }

    @Test
    void resumedTheSameMomentChangesNothing() {
        assertEquals(due, engine.resume(at("05/03/2026 15:00"), at("05/03/2026 15:00"), due));
    }

    @Test
    void aDossierPausedWhenOverdueStaysOverdueByTheSameWorkingTime() {
        // an hour overdue at the pause; resumed Wed 10:00, so it was due Wed 09:00
        assertEquals(at("11/03/2026 09:00"), engine.resume(at("09/03/2026 09:00"), at("11/03/2026 10:00"), due));
    }

    @Test
    void aDossierResumesAfterItWasPaused() {
        assertThrows(IllegalArgumentException.class,
                () -> engine.resume(at("06/03/2026 16:00"), at("06/03/2026 15:00"), due));
    }
}
