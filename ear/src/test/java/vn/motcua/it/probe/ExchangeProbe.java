package vn.motcua.it.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.entity.AuditEvent;
import vn.motcua.exchange.entity.ExchangeRecord;

import java.util.List;

/** The exchange log and the audit trail of a dossier, read from inside the server. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExchangeProbe {

    @PersistenceContext
    private EntityManager em;

    /** "direction:kind:outcome:sequence" per exchange message of the dossier, in the order recorded. */
    public List<String> records(String dossierCode) {
        return em.createNamedQuery("ExchangeRecord.ofDossier", ExchangeRecord.class).setParameter("dossier", dossierCode)
                .getResultStream().map(r -> r.getDirection() + ":" + r.getKind() + ":" + r.getOutcome() + ":"
                        + r.getSequence()).toList();
    }

    public List<String> auditActions(String subject) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subject = :subject ORDER BY e.occurredAt, e.id",
                AuditEvent.class).setParameter("subject", subject).getResultStream()
                .map(e -> e.getActor() + ":" + e.getAction()).toList();
    }

    public boolean discarded(String messageId) {
        return !em.createNamedQuery("ExchangeRecord.find", ExchangeRecord.class).setParameter("messageId", messageId)
                .setParameter("direction", ExchangeRecord.Direction.IN).getResultList().stream()
                .filter(r -> r.getOutcome() == ExchangeRecord.Outcome.DISCARDED).toList().isEmpty();
    }
}
