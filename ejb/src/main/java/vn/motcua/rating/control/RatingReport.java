package vn.motcua.rating.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.motcua.dossier.control.DossierVisibility;
import vn.motcua.rating.boundary.RatingReportDto;
import vn.motcua.rating.entity.RatingIndicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Satisfaction by field, department and officer (the report the issue asks of Circular 01/2018's
 * ratings): one aggregate query per grouping, summing each score column, so no rating is loaded. A
 * rating joins a department or an officer through an EXISTS over the dossier's tasks, so a rating
 * counts once for a department that held two steps of its dossier.
 */
public final class RatingReport {

    /** The sums of the nine score columns, in {@link RatingIndicator} order. */
    private static final String SUMS = "SUM(r.scores.processingTime), SUM(r.scores.timePerBody),"
            + " SUM(r.scores.contacts), SUM(r.scores.bodiesContacted), SUM(r.scores.deskService),"
            + " SUM(r.scores.publication), SUM(r.scores.staffAttitude), SUM(r.scores.feedbackHandling),"
            + " SUM(r.scores.onlineService)";
    private static final String IN_PERIOD = "r.ratedAt >= :from AND r.ratedAt < :until";

    private static final String OVERALL = "SELECT COUNT(r), " + SUMS + " FROM SatisfactionRating r JOIN r.dossier d"
            + " WHERE " + IN_PERIOD + " AND " + DossierVisibility.DOSSIER_IN_SCOPE;
    private static final String BY_FIELD = "SELECT f.code, f.name, COUNT(r), " + SUMS
            + " FROM SatisfactionRating r JOIN r.dossier d JOIN d.procedure p JOIN p.field f"
            + " WHERE " + IN_PERIOD + " AND " + DossierVisibility.DOSSIER_IN_SCOPE + " GROUP BY f.code, f.name";
    private static final String BY_DEPARTMENT = "SELECT g.code, g.name, COUNT(r), " + SUMS
            + " FROM SatisfactionRating r, Agency g WHERE " + IN_PERIOD + " AND g.id IN :scope"
            + " AND EXISTS (SELECT t.id FROM DossierTask t WHERE t.dossier = r.dossier AND t.agency = g)"
            + " GROUP BY g.code, g.name";
    private static final String BY_OFFICER = "SELECT o.username, o.fullName, COUNT(r), " + SUMS
            + " FROM SatisfactionRating r, Officer o WHERE " + IN_PERIOD
            + " AND EXISTS (SELECT t.id FROM DossierTask t WHERE t.dossier = r.dossier AND t.agency.id IN :scope"
            + " AND (t.assignee = o.username OR t.closedBy = o.username))"
            + " GROUP BY o.username, o.fullName";

    private final EntityManager em;
    private final Set<Long> scope;

    /** @param scope the agencies whose dossiers, departments and officers the reader may see (AgencyScope) */
    public RatingReport(EntityManager em, Set<Long> scope) {
        this.em = em;
        // an empty IN list is not valid SQL everywhere: -1 is no agency's id
        this.scope = scope.isEmpty() ? Set.of(-1L) : Set.copyOf(scope);
    }

    public RatingReportDto report(Instant from, Instant until) {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("an empty or reversed period: " + from + " to " + until);
        }
        Object[] overall = bind(em.createQuery(OVERALL, Object[].class), from, until).getSingleResult();
        return new RatingReportDto(from, until, group(null, null, overall, 0), groups(BY_FIELD, from, until),
                groups(BY_DEPARTMENT, from, until), groups(BY_OFFICER, from, until));
    }

    /** Rows of key, name, count and the nine sums; the most rated first. */
    private List<RatingReportDto.Group> groups(String jpql, Instant from, Instant until) {
        return bind(em.createQuery(jpql, Object[].class), from, until).getResultStream()
                .map(row -> group((String) row[0], (String) row[1], row, 2))
                .sorted(Comparator.comparingLong(RatingReportDto.Group::ratings).reversed()
                        .thenComparing(RatingReportDto.Group::name))
                .toList();
    }

    private TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Instant from, Instant until) {
        return query.setParameter("from", from).setParameter("until", until).setParameter("scope", scope);
    }

    /** Averages from exact sums; the average total is the sum of the indicators' averages. */
    static RatingReportDto.Group group(String key, String name, Object[] row, int countAt) {
        long ratings = number(row[countAt]);
        List<RatingReportDto.IndicatorAverage> indicators = new ArrayList<>();
        long total = 0;
        for (RatingIndicator indicator : RatingIndicator.values()) {
            long sum = number(row[countAt + 1 + indicator.ordinal()]);
            total += sum;
            indicators.add(new RatingReportDto.IndicatorAverage(indicator.name(), indicator.labelKey(),
                    average(sum, ratings)));
        }
        double averageTotal = average(total, ratings);
        return new RatingReportDto.Group(key, name, ratings, averageTotal,
                averageTotal * 100 / RatingIndicator.MAX_TOTAL, indicators);
    }

    private static double average(long sum, long count) {
        return count == 0 ? 0 : (double) sum / count;
    }

    /** SUM over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
