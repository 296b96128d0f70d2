package vn.motcua.statistics.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The Decision 766 scorecard of an agency for a period: each supported indicator with its value (null
 * when the data has nothing to measure), the points earned of those it carries, and the formula used.
 */
public record ScorecardDto(ReportPeriod period, String agencyName, List<Indicator> indicators, double points,
                           double maxPoints) implements Serializable {

    public ScorecardDto {
        indicators = List.copyOf(indicators);
    }

    public record Indicator(String id, String group, String label, String formula, Double value, double points,
                            double maxPoints) implements Serializable {
    }
}
