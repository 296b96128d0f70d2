package vn.motcua.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * Opens a desk's counter row for a day, at 0, in a transaction of its own. Receptions then only raise
 * the row under its lock, so the first two receptions of a day never race on an INSERT; opening takes
 * no number, so it leaves no gap.
 */
@Stateless
@PermitAll
public class CounterDays {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String agencyCode, LocalDate day) {
        Number rows = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM dossier_counter WHERE agency_code = ?1 AND counter_day = ?2")
                .setParameter(1, agencyCode).setParameter(2, day).getSingleResult();
        if (rows.intValue() == 0) {
            em.createNativeQuery("INSERT INTO dossier_counter (agency_code, counter_day, last_number) VALUES (?1, ?2, 0)")
                    .setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
        }
    }
}
