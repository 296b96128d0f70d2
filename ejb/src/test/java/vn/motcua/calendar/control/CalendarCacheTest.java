package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CalendarCacheTest {

    private final CalendarCache cache = new CalendarCache();
    private final DeadlineEngine national = new DeadlineEngine(SeededCalendar.national());

    @Test
    void agenciesOnTheSameCalendarShareOneEngine() {
        cache.remember(cache.generation(), "H38.01", "VN", national);
        cache.remember(cache.generation(), "H38.02", "VN", new DeadlineEngine(SeededCalendar.national()));
        assertSame(national, cache.forAgency("H38.01"));
        assertSame(national, cache.forAgency("H38.02"));
    }

    @Test
    void anEngineLoadedBeforeAClearIsNotKept() {
        long seen = cache.generation();
        cache.clear();
        cache.remember(seen, "H38.01", "VN", national);
        assertNull(cache.forAgency("H38.01"));
        assertNull(cache.forCalendar("VN"));
    }
}
