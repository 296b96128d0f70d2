package vn.motcua.dossier.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.boundary.CounterDays;

import java.time.LocalDate;
import java.util.Map;

/**
 * The next number of a gap-free series (a desk's dossier codes of the day, its logbook entries of the
 * year, its forms 02 and 03): the row is raised in the caller's transaction; only the first number
 * of a day opens the row, in a transaction of its own, so that two first receptions never race on
 * an INSERT and the usual case costs one UPDATE.
 */
@Dependent
public class Counters {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CounterDays days;

    public int next(String key, LocalDate day) {
        DailyCounter counter = new DailyCounter(em);
        return counter.raise(key, day).orElseGet(() -> opened(counter, new DailyCounter.Series(key, day)));
    }

    /** The next numbers of two series at once, in one round trip while their rows are locked (a reception's code and logbook entry). */
    public int[] next(DailyCounter.Series first, DailyCounter.Series second) {
        DailyCounter counter = new DailyCounter(em);
        Map<DailyCounter.Series, Integer> raised = counter.raise(first, second);
        return new int[] {raised.computeIfAbsent(first, s -> opened(counter, s)),
                raised.computeIfAbsent(second, s -> opened(counter, s))};
    }

    private int opened(DailyCounter counter, DailyCounter.Series series) {
        try {
            days.open(series.key(), series.day());
        } catch (EJBException raced) {
            // another officer opened the same row a moment earlier: it exists, raise it
        }
        return counter.raise(series.key(), series.day())
                .orElseThrow(() -> new IllegalStateException("counter " + series.key() + " " + series.day()));
    }
}
