package vn.motcua.catalog.entity;

import vn.motcua.calendar.entity.StatutoryDuration;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatutoryTermTest {

    @Test
    void termsCountInWorkingDays() {
        assertEquals(new BigDecimal("15"), StatutoryTerm.workingDays("15.00").inWorkingDays());
        assertEquals(new BigDecimal("0.5"), StatutoryTerm.workingDays("0.5").inWorkingDays());
        assertEquals(new BigDecimal("0.5"), StatutoryTerm.workingHours("4").inWorkingDays());
        assertEquals(BigDecimal.ONE, StatutoryTerm.sameDay(LocalTime.of(15, 0)).inWorkingDays());
    }

    @Test
    void equalTermsCompareByValue() {
        assertEquals(StatutoryTerm.workingDays("3"), StatutoryTerm.workingDays("3.00"));
        assertEquals(StatutoryTerm.workingDays("3").hashCode(), StatutoryTerm.workingDays("3.00").hashCode());
    }

    @Test
    void rejectsWhatNoCatalogCouldMean() {
        assertThrows(IllegalArgumentException.class, () -> StatutoryTerm.workingDays("0"));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTerm.workingDays("-1"));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTerm.workingDays("0.125"));
        assertThrows(IllegalArgumentException.class,
                () -> new StatutoryTerm(TermUnit.SAME_DAY, new BigDecimal("2"), null));
        assertThrows(IllegalArgumentException.class, () -> new Fee("x", new BigDecimal("-5")));
    }

    @Test
    void aTermIsCountedByTheDeadlineEngineInTheSameUnits() {
        assertEquals(StatutoryDuration.workingDays(new BigDecimal("15")), StatutoryTerm.workingDays("15").toDuration());
        assertEquals(StatutoryDuration.workingHours(new BigDecimal("4")), StatutoryTerm.workingHours("4").toDuration());
        assertEquals(StatutoryDuration.sameDay(java.time.LocalTime.of(15, 0)),
                StatutoryTerm.sameDay(java.time.LocalTime.of(15, 0)).toDuration());
    }
}
