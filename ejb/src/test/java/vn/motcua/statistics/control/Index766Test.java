package vn.motcua.statistics.control;

import org.junit.jupiter.api.Test;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.ScorecardDto;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The 766 scorecard reads its formulas and weights from the configuration. */
class Index766Test {

    private static final double EXACT = 1e-9;

    @Test
    void scoresEachIndicatorLinearlyBetweenItsTargets() {
        Map<String, Long> m = new HashMap<>();
        for (String name : Measures766.II06A) {
            m.put(name, 0L);
        }
        m.put("resolved", 10L);
        m.put("resolvedEarly", 2L);
        m.put("resolvedOnTime", 6L);
        m.put("receivedOnline", 4L);
        m.put("receivedInPerson", 6L);
        m.put("digitized", 5L);
        m.put("processedDossiers", 2L);
        m.put("processingSeconds", 2 * 86_400L * 3);
        m.put("ratingScore", 0L);
        m.put("ratingMax", 0L);
        ScorecardDto card = Index766.configured().score(ReportPeriod.month(YearMonth.of(2026, 3)), "X", m);
        Map<String, ScorecardDto.Indicator> by = new HashMap<>();
        card.indicators().forEach(i -> by.put(i.id(), i));
        assertEquals(80, by.get("onTime").value(), EXACT);
        assertEquals(16, by.get("onTime").points(), EXACT);
        assertEquals(3, by.get("processingDays").value(), 1e-6);
        assertEquals(8, by.get("processingDays").points(), 1e-6);
        assertEquals(40, by.get("online").value(), EXACT);
        assertEquals(6, by.get("online").points(), EXACT);
        assertEquals(11, by.get("digitized").points(), EXACT);
        // no rating in the period: nothing to measure, no points
        assertNull(by.get("satisfaction").value());
        assertEquals(80, card.maxPoints(), EXACT);
    }

    @Test
    void aFormulaIsOneRatioOfSums() {
        assertEquals(0.5, Index766.evaluate("a+b/c", Map.of("a", 1L, "b", 1L, "c", 4L)), EXACT);
        assertNull(Index766.evaluate("a/c", Map.of("a", 1L, "c", 0L)));
        assertEquals(1, Index766.share(25, 30, 60), EXACT);
        assertEquals(0.5, Index766.share(45, 30, 60), EXACT);
    }
}
