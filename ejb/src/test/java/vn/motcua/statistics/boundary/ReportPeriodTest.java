package vn.motcua.statistics.boundary;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The periods of the provincial reports, read from the job's parameters, in Vietnam time. */
class ReportPeriodTest {

    @Test
    void aMonthAQuarterAndAYear() {
        ReportPeriod march = ReportPeriod.of("MONTH", "2026-03");
        assertEquals(LocalDate.of(2026, 3, 31), march.last());
        assertEquals("MONTH-2026-03", march.key());
        assertEquals(ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), march.start());
        assertEquals("Từ ngày 01/03/2026 đến ngày 31/03/2026", march.label());
        ReportPeriod third = ReportPeriod.of("quarter", "2026-3");
        assertEquals(LocalDate.of(2026, 7, 1), third.first());
        assertEquals(LocalDate.of(2026, 9, 30), third.last());
        assertEquals("QUARTER-2026-3", ReportPeriod.of("QUARTER", "2026-Q3").key());
        assertEquals(LocalDate.of(2025, 12, 31), ReportPeriod.of("YEAR", "2025").last());
    }

    @Test
    void nonsenseIsRefusedWithAMessageKey() {
        for (String[] bad : new String[][]{{"MONTH", "2026-13"}, {"QUARTER", "2026-5"}, {"YEAR", "x"}, {"WEEK", "1"},
                {null, null}}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> ReportPeriod.of(bad[0], bad[1]));
            assertEquals("statistics.period.invalid", refused.getMessageKey());
        }
        assertThrows(BusinessException.class, () -> ReportPeriod.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
    }
}
