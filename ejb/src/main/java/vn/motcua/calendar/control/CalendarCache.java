package vn.motcua.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deadline engines by calendar, and which calendar each agency uses, so that the thousands of
 * agencies sharing the national calendar share one snapshot. An engine loaded before a clear is
 * never stored after it: {@link #remember} takes the generation seen before loading.
 */
@ApplicationScoped
public class CalendarCache {

    private final Map<String, String> calendarOfAgency = new ConcurrentHashMap<>();
    private final Map<String, DeadlineEngine> engineOfCalendar = new ConcurrentHashMap<>();
    private long generation;

    /** The engine of the calendar an agency uses, or null when not cached. */
    public DeadlineEngine forAgency(String agencyKey) {
        String calendarCode = calendarOfAgency.get(agencyKey);
        return calendarCode == null ? null : engineOfCalendar.get(calendarCode);
    }

    public DeadlineEngine forCalendar(String calendarCode) {
        return engineOfCalendar.get(calendarCode);
    }

    public synchronized long generation() {
        return generation;
    }

    public synchronized void remember(long seenGeneration, String agencyKey, String calendarCode, DeadlineEngine engine) {
        if (seenGeneration == generation) {
            engineOfCalendar.putIfAbsent(calendarCode, engine);
            calendarOfAgency.put(agencyKey, calendarCode);
        }
    }

    public synchronized void clear() {
        generation++;
        calendarOfAgency.clear();
        engineOfCalendar.clear();
    }
}
