package vn.motcua.rating.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Satisfaction over the ratings given in [from, until): all of them, then by field, by department
 * (every agency that held a step of the dossier) and by officer (who was assigned or closed a step).
 * A rating counts once in each group it belongs to, however many steps the group held.
 */
public record RatingReportDto(Instant from, Instant until, Group overall, List<Group> fields,
                              List<Group> departments, List<Group> officers) {

    public RatingReportDto {
        fields = List.copyOf(fields);
        departments = List.copyOf(departments);
        officers = List.copyOf(officers);
    }

    /**
     * One group: {@code key} the field code, agency code or user name (null for the overall line),
     * {@code name} what staff read; averages are 0 when there is no rating. {@code percentage} is the
     * average total as a share of 18.
     */
    public record Group(String key, String name, long ratings, double averageTotal, double percentage,
                        List<IndicatorAverage> indicators) {

        public Group {
            indicators = List.copyOf(indicators);
        }
    }

    /** The average score (0 to 2) of one indicator, named as {@code RatingIndicator} and its label key. */
    public record IndicatorAverage(String indicator, String labelKey, double average) {
    }
}
