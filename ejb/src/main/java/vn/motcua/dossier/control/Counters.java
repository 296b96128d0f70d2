package vn.motcua.dossier.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.boundary.CounterDays;

import java.time.LocalDate;

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
        return counter.raise(key, day).orElseGet(() -> opened(counter, key, day));
    }

    private int opened(DailyCounter counter, String key, LocalDate day) {
        try {
            days.open(key, day);
        } catch (EJBException raced) {
            // another officer opened the same row a moment earlier: it exists, raise it
        }
        return counter.raise(key, day).orElseThrow(() -> new IllegalStateException("counter " + key + " " + day));
    }
}
