package vn.motcua.lookup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Opens a code's guard row with no failure yet, in a transaction of its own: two wrong answers for
 * the same code at the same moment then both only raise the row, and neither fails on the INSERT.
 */
@Stateless
@PermitAll
public class LookupGuardRows {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String codeHash, Instant now) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM lookup_guard WHERE code_hash = ?1")
                .setParameter(1, codeHash).getSingleResult();
        if (rows.intValue() == 0) {
            em.createNativeQuery("INSERT INTO lookup_guard (code_hash, failures, first_failure_ms) VALUES (?1, 0, ?2)")
                    .setParameter(1, codeHash).setParameter(2, now.toEpochMilli()).executeUpdate();
        }
    }
}
