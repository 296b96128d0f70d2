package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.entity.StatutoryDuration;

import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.calendar.control.Moments.at;

/** Secured transactions: the same working day if received before 15:00, else the next (Decree 99/2022/NĐ-CP). */
class SameDayDeadlineTest {

    private static final StatutoryDuration SECURED_TRANSACTION = StatutoryDuration.sameDay(LocalTime.of(15, 0));

    private final DeadlineEngine engine = new DeadlineEngine(SeededCalendar.national());

    @Test
    void theCutOffIsFifteenHundred() {
        assertEquals(at("10/03/2026 17:00"), engine.due(at("10/03/2026 14:59"), SECURED_TRANSACTION));
        assertEquals(at("10/03/2026 17:00"), engine.due(at("10/03/2026 14:59:59.999"), SECURED_TRANSACTION));
        assertEquals(at("11/03/2026 17:00"), engine.due(at("10/03/2026 15:00"), SECURED_TRANSACTION));
        assertEquals(at("11/03/2026 17:00"), engine.due(at("10/03/2026 16:30"), SECURED_TRANSACTION));
    }

    @Test
    void beforeOpeningCountsAsBeforeTheCutOffAfterClosingAsAfter() {
        assertEquals(at("10/03/2026 17:00"), engine.due(at("10/03/2026 06:00"), SECURED_TRANSACTION));
        assertEquals(at("10/03/2026 17:00"), engine.due(at("10/03/2026 12:00"), SECURED_TRANSACTION));
        assertEquals(at("11/03/2026 17:00"), engine.due(at("10/03/2026 17:30"), SECURED_TRANSACTION));
    }

    @Test
    void theDayBefore30April2026AfterTheCutOff() {
        // Thu 30/04 and Fri 01/05 are holidays, then a weekend: the next working day is Mon 04/05.
        assertEquals(at("04/05/2026 17:00"), engine.due(at("29/04/2026 15:30"), SECURED_TRANSACTION));
        assertEquals(at("29/04/2026 17:00"), engine.due(at("29/04/2026 14:00"), SECURED_TRANSACTION));
    }

    @Test
    void onADayOffOrBeforeABreakItIsTheNextWorkingDay() {
        assertEquals(at("16/03/2026 17:00"), engine.due(at("14/03/2026 09:00"), SECURED_TRANSACTION));
        assertEquals(at("23/02/2026 17:00"), engine.due(at("13/02/2026 15:00"), SECURED_TRANSACTION));
        assertEquals(at("13/02/2026 17:00"), engine.due(at("13/02/2026 14:59"), SECURED_TRANSACTION));
        // Giỗ Tổ on Sun 26/04/2026 is made up on Mon 27/04
        assertEquals(at("28/04/2026 17:00"), engine.due(at("24/04/2026 16:00"), SECURED_TRANSACTION));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        assertEquals(at("10/01/2026 17:00"), engine.due(at("10/01/2026 10:00"), SECURED_TRANSACTION));
        assertEquals(at("12/01/2026 17:00"), engine.due(at("10/01/2026 15:10"), SECURED_TRANSACTION));
    }
}
