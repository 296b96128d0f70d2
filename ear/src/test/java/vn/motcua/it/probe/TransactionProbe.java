package vn.motcua.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.audit.boundary.AuditEventMessage;
import vn.motcua.audit.boundary.AuditLog;
import vn.motcua.audit.boundary.AuditTrail;

import java.util.Optional;

/** Runs boundary calls in transactions the test controls: committed or rolled back. */
@Stateless
@PermitAll
public class TransactionProbe {

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditLog log;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String recordAndCommit(String subject) {
        return audit.record("it", "IT_COMMITTED", subject, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String recordAndRollBack(String subject) {
        String eventId = audit.record("it", "IT_ROLLED_BACK", subject, null);
        context.setRollbackOnly();
        return eventId;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean store(AuditEventMessage message) {
        return log.store(message);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void persist(Agency agency) {
        em.persist(agency);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Agency> findAgency(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public String providerOf() {
        return em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getClass().getName()
                + "|" + em.getEntityManagerFactory().getClass().getName();
    }
}
