package vn.motcua.calendar.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national calendar exactly as migration V3 seeds it, read from the SQL file, so that the real
 * cases in the tests check the seeded days off as well as the engine.
 */
final class SeededCalendar {

    private static final String MIGRATION = "db/migration/common/V3__working_calendar.sql";
    private static final String WEEKDAY = "(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
    private static final Pattern PERIOD =
            Pattern.compile("\\(1, '" + WEEKDAY + "',\\s+TIME '([0-9:]{8})', TIME '([0-9:]{8})'\\)");
    private static final Pattern HOLIDAY =
            Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})', '[^']+', '(PUBLIC_HOLIDAY|COMPENSATORY_DAY_OFF)'");
    private static final Pattern MAKE_UP_WORKDAY =
            Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})', '[^']+', '" + WEEKDAY + "'");

    private SeededCalendar() {
    }

    static CalendarSnapshot national() {
        String sql = read();
        CalendarSnapshotBuilder builder = CalendarSnapshot.builder().covering(2020, 2030);
        for (Matcher m = PERIOD.matcher(sql); m.find(); ) {
            builder.workingPeriod(DayOfWeek.valueOf(m.group(1)), LocalTime.parse(m.group(2)), LocalTime.parse(m.group(3)));
        }
        for (Matcher m = HOLIDAY.matcher(sql); m.find(); ) {
            builder.dayOff(LocalDate.parse(m.group(1)));
        }
        for (Matcher m = MAKE_UP_WORKDAY.matcher(sql); m.find(); ) {
            builder.makeUpWorkday(LocalDate.parse(m.group(1)), DayOfWeek.valueOf(m.group(2)));
        }
        return builder.build();
    }

    private static String read() {
        try (InputStream in = SeededCalendar.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
