package vn.motcua.statistics.control;

import jakarta.persistence.EntityManager;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The named measures the Decision 766 formulas read, for a period and a set of desks: the II.06a
 * totals, dossiers digitized (at least one paper scanned), processing time of the returned dossiers,
 * and the satisfaction ratings given in the period. Aggregates only.
 */
public final class Measures766 {

    static final String[] II06A = {"received", "receivedOnline", "receivedInPerson", "carriedOver", "resolved",
            "resolvedEarly", "resolvedOnTime", "resolvedLate", "inProgress", "withinDeadline", "overdue"};

    private static final String DIGITIZED = "SELECT COUNT(d) FROM Dossier d WHERE d.desk.id IN :desks"
            + " AND d.receivedAt >= :start AND d.receivedAt < :end AND EXISTS (SELECT x.id FROM DossierDocument x"
            + " WHERE x.dossier = d AND x.storedFileId IS NOT NULL)";
    /** EclipseLink's SQL operator: EXTRACT(EPOCH …) reads the same on H2 2.x and PostgreSQL. */
    private static final String PROCESSING = "SELECT COUNT(d),"
            + " SUM(SQL('EXTRACT(EPOCH FROM ?) - EXTRACT(EPOCH FROM ?)', d.finishedAt, d.receivedAt))"
            + " FROM Dossier d WHERE d.desk.id IN :desks AND d.status = :returned"
            + " AND d.finishedAt >= :start AND d.finishedAt < :end";
    private static final String RATINGS = "SELECT COUNT(r), SUM(r.scores.processingTime + r.scores.timePerBody"
            + " + r.scores.contacts + r.scores.bodiesContacted + r.scores.deskService + r.scores.publication"
            + " + r.scores.staffAttitude + r.scores.feedbackHandling + r.scores.onlineService)"
            + " FROM SatisfactionRating r JOIN r.dossier d WHERE d.desk.id IN :desks"
            + " AND r.ratedAt >= :start AND r.ratedAt < :end";
    /** The most a rating scores: nine indicators of at most 2 (Decree 61/2018 Art. 33). */
    private static final long RATING_MAX = 18;

    private final EntityManager em;
    private final Set<Long> desks;

    public Measures766(EntityManager em, Collection<Long> desks) {
        this.em = em;
        this.desks = desks.isEmpty() ? Set.of(-1L) : Set.copyOf(desks);
    }

    public Map<String, Long> measure(Ii06aRowDto total, Instant start, Instant end) {
        Map<String, Long> measures = new LinkedHashMap<>();
        long[] figures = total.figures();
        for (int i = 0; i < II06A.length; i++) {
            measures.put(II06A[i], figures[i]);
        }
        measures.put("digitized", em.createQuery(DIGITIZED, Long.class).setParameter("desks", desks)
                .setParameter("start", start).setParameter("end", end).getSingleResult());
        Object[] processing = em.createQuery(PROCESSING, Object[].class).setParameter("desks", desks)
                .setParameter("returned", DossierStatus.RETURNED).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        measures.put("processedDossiers", number(processing[0]));
        measures.put("processingSeconds", number(processing[1]));
        Object[] ratings = em.createQuery(RATINGS, Object[].class).setParameter("desks", desks)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        measures.put("ratingScore", number(ratings[1]));
        measures.put("ratingMax", number(ratings[0]) * RATING_MAX);
        return measures;
    }

    static long number(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue());
    }

}
