package vn.motcua.lookup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.lookup.control.LookupGuards;

import java.time.Duration;
import java.time.Instant;

/**
 * The writes of the lookup's guard, each in a transaction of its own, so the lookup itself reads
 * without one. A code's row is opened with no failure yet in a separate transaction: two wrong
 * answers for the same code at the same moment then both only raise the row, and neither fails on
 * the INSERT.
 */
@Stateless
@PermitAll
public class LookupGuardRows {

    private static final int MAX_FAILURES = Integer.getInteger("motcua.lookup.max-failures", 5);
    private static final Duration LOCK = Duration.ofMinutes(Integer.getInteger("motcua.lookup.lock-minutes", 15));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LookupGuardRows self;

    /** Counts a wrong answer for the code and tells its guard as it now stands. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LookupGuards.State failed(String codeHash, Instant now) {
        LookupGuards guards = guards();
        if (!guards.failed(codeHash, now)) {
            try {
                self.open(codeHash, now);
            } catch (EJBException raced) {
                // another wrong answer for the same code opened the row a moment earlier
            }
            guards.failed(codeHash, now);
        }
        return guards.state(codeHash);
    }

    /** A right answer forgets the earlier wrong ones. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void cleared(String codeHash) {
        guards().cleared(codeHash);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String codeHash, Instant now) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM lookup_guard WHERE code_hash = ?1")
                .setParameter(1, codeHash).getSingleResult();
        if (rows.intValue() == 0) {
            em.createNativeQuery("INSERT INTO lookup_guard (code_hash, failures, first_failure_ms) VALUES (?1, 0, ?2)")
                    .setParameter(1, codeHash).setParameter(2, now.toEpochMilli()).executeUpdate();
        }
    }

    private LookupGuards guards() {
        return new LookupGuards(em, MAX_FAILURES, LOCK);
    }
}
