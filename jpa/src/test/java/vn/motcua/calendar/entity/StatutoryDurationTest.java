package vn.motcua.calendar.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatutoryDurationTest {

    @Test
    void aWorkingDayIsEightWorkingHours() {
        assertEquals(480, StatutoryDuration.workingDays(1).workingMinutes());
        assertEquals(120, StatutoryDuration.workingDays(new BigDecimal("0.25")).workingMinutes());
        assertEquals(240, StatutoryDuration.workingDays(new BigDecimal("0.5")).workingMinutes());
        assertEquals(7200, StatutoryDuration.workingDays(15).workingMinutes());
        assertEquals(90, StatutoryDuration.workingHours(new BigDecimal("1.5")).workingMinutes());
    }

    @Test
    void equalityIsOnTheStatedValue() {
        assertEquals(StatutoryDuration.workingDays(new BigDecimal("0.5")), StatutoryDuration.workingDays(new BigDecimal("0.50")));
        // same working time, but the catalog said it differently
        assertNotEquals(StatutoryDuration.workingDays(new BigDecimal("0.5")), StatutoryDuration.workingHours(4));
    }

    @Test
    void keepsTheAmountAsTheCatalogStatesIt() {
        assertEquals(new BigDecimal("0.25"), StatutoryDuration.workingDays(new BigDecimal("0.250")).amount());
        assertEquals(new BigDecimal("15"), StatutoryDuration.workingDays(15).amount());
        assertEquals(new BigDecimal("4"), StatutoryDuration.workingHours(4).amount());
        assertEquals("0.125 WORKING_DAYS", StatutoryDuration.workingDays(new BigDecimal("0.125")).toString());
    }

    @Test
    void refusesDurationsThatAreNotWholePositiveMinutes() {
        assertThrows(IllegalArgumentException.class, () -> StatutoryDuration.workingDays(0));
        assertThrows(IllegalArgumentException.class, () -> StatutoryDuration.workingDays(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> StatutoryDuration.workingDays(new BigDecimal("0.001")));
        assertThrows(IllegalArgumentException.class, () -> StatutoryDuration.workingHours(new BigDecimal("0.01")));
    }

    @Test
    void sameDayCarriesOnlyItsCutOff() {
        StatutoryDuration securedTransaction = StatutoryDuration.sameDay(LocalTime.of(15, 0));
        assertEquals(LocalTime.of(15, 0), securedTransaction.cutOff());
        assertEquals(0, securedTransaction.workingMinutes());
        assertNull(StatutoryDuration.workingDays(1).cutOff());
        assertThrows(NullPointerException.class, () -> StatutoryDuration.sameDay(null));
    }
}
