package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.entity.StatutoryDuration;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.calendar.control.Moments.at;

/** Deadlines in working days and hours on the seeded national calendar; expected values worked out by hand. */
class DeadlineEngineTest {

    private static final StatutoryDuration ONE_DAY = StatutoryDuration.workingDays(1);
    private static final StatutoryDuration QUARTER_DAY = StatutoryDuration.workingDays(new BigDecimal("0.25"));

    private final DeadlineEngine engine = new DeadlineEngine(SeededCalendar.national());

    @Test
    void receivedTheFridayAfternoonBeforeTet2026() {
        // Fri 14:00-17:00 is 3 h; Tết runs Sat 14/02 to Sun 22/02; Mon 23/02 gives 4 h + 1 h.
        assertEquals(at("23/02/2026 14:00"), engine.due(at("13/02/2026 14:00"), ONE_DAY));
        // 3 h Fri, 8 h Mon 23, 8 h Tue 24, then 5 h on Wed 25.
        assertEquals(at("25/02/2026 14:00"), engine.due(at("13/02/2026 14:00"), StatutoryDuration.workingDays(3)));
    }

    @Test
    void receivedTheDayBeforeTet2024() {
        // Wed 07/02/2024 16:00-17:00 is 1 h; off Thu 08/02 to Wed 14/02; 7 h on Thu 15/02.
        assertEquals(at("15/02/2024 16:00"), engine.due(at("07/02/2024 16:00"), ONE_DAY));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        // Sat 26/04/2025 worked for Fri 02/05: 6.5 h that day, 1.5 h on Mon 28/04.
        assertEquals(at("28/04/2025 09:00"), engine.due(at("26/04/2025 09:00"), ONE_DAY));
        // 6.5 h Sat, 8 h Mon 28, 8 h Tue 29; off Wed 30/04 to Sun 04/05; 1.5 h on Mon 05/05.
        assertEquals(at("05/05/2025 09:00"), engine.due(at("26/04/2025 09:00"), StatutoryDuration.workingDays(3)));
        // Sat 10/01/2026 worked for Fri 02/01: 1 h Fri 09/01, 7 h on the Saturday.
        assertEquals(at("10/01/2026 16:00"), engine.due(at("09/01/2026 16:00"), ONE_DAY));
        // Sat 04/05/2024 worked for Mon 29/04: 2 h Thu 02/05, 8 h Fri 03/05, 6 h Sat 04/05.
        assertEquals(at("04/05/2024 15:00"), engine.due(at("02/05/2024 15:00"), StatutoryDuration.workingDays(2)));
    }

    @Test
    void anOrdinarySaturdayIsNot() {
        assertEquals(at("19/01/2026 16:00"), engine.due(at("16/01/2026 16:00"), ONE_DAY));
    }

    @Test
    void countingStartsAtTheNextWorkingPeriodOutsideOfficeHours() {
        // lunch: counting from 13:00; the day is used up at 11:30 the next morning and stays there
        assertEquals(at("10/03/2026 11:30"), engine.due(at("09/03/2026 12:00"), ONE_DAY));
        assertEquals(at("09/03/2026 17:00"), engine.due(at("09/03/2026 06:00"), ONE_DAY));
        assertEquals(at("10/03/2026 17:00"), engine.due(at("09/03/2026 18:00"), ONE_DAY));
        assertEquals(at("16/03/2026 17:00"), engine.due(at("13/03/2026 18:00"), ONE_DAY));
        assertEquals(at("16/03/2026 17:00"), engine.due(at("14/03/2026 10:00"), ONE_DAY));
    }

    @Test
    void aDueTimeAtTheEndOfAPeriodStaysThere() {
        assertEquals(at("09/03/2026 17:00"), engine.due(at("09/03/2026 07:30"), ONE_DAY));
        assertEquals(at("09/03/2026 11:30"), engine.due(at("09/03/2026 07:30"), StatutoryDuration.workingDays(new BigDecimal("0.5"))));
        assertEquals(at("09/03/2026 17:00"), engine.due(at("09/03/2026 13:00"), StatutoryDuration.workingHours(4)));
    }

    @Test
    void aQuarterDayStepIsTwoWorkingHours() {
        assertEquals(at("09/03/2026 14:00"), engine.due(at("09/03/2026 10:30"), QUARTER_DAY));
        assertEquals(at("09/03/2026 11:30"), engine.due(at("09/03/2026 09:30"), QUARTER_DAY));
        assertEquals(at("09/03/2026 15:00"), engine.due(at("09/03/2026 11:30"), QUARTER_DAY));
        assertEquals(at("10/03/2026 08:00"), engine.due(at("09/03/2026 15:30"), QUARTER_DAY));
        assertEquals(at("09/03/2026 14:00"), engine.due(at("09/03/2026 10:30"), StatutoryDuration.workingHours(2)));
        // four quarter-day steps in a row make one working day
        var step = at("09/03/2026 10:30");
        for (int i = 0; i < 4; i++) {
            step = engine.due(step, QUARTER_DAY);
        }
        assertEquals(engine.due(at("09/03/2026 10:30"), ONE_DAY), step);
        assertEquals(at("10/03/2026 10:30"), step);
    }

    @Test
    void fiveWorkingDaysAcrossAWeekend() {
        // Mon 02/03/2026 08:00: 7.5 h Monday, 32 h Tue-Fri, 0.5 h on Mon 09/03.
        assertEquals(at("09/03/2026 08:00"), engine.due(at("02/03/2026 08:00"), StatutoryDuration.workingDays(5)));
    }

    @Test
    void keepsTheSecondsOfTheReception() {
        assertEquals(at("10/03/2026 09:12:34.567"), engine.due(at("09/03/2026 09:12:34.567"), ONE_DAY));
    }

    @Test
    void refusesInstantsOutsideTheCoveredYears() {
        assertThrows(IllegalArgumentException.class, () -> engine.due(at("02/01/2031 08:00"), ONE_DAY));
        assertThrows(IllegalArgumentException.class, () -> engine.due(at("31/12/2030 16:00"), ONE_DAY));
    }
}
