package vn.motcua.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.audit.boundary.AuditEventMessage;
import vn.motcua.audit.boundary.AuditLog;
import vn.motcua.audit.boundary.AuditTrail;

import java.util.Enumeration;
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

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/audit")
    private Queue auditQueue;

    @Resource(lookup = "java:/jms/motcua/DLQ")
    private Queue deadLetters;

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

    /** Sends a raw text to the audit queue, as a broken or hostile sender would. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendRawAuditMessage(String body) {
        jms.createProducer().send(auditQueue, body);
    }

    /** Whether a message whose text contains the marker sits in the dead-letter queue, and from where. */
    public Optional<String> deadLetterOrigin(String marker) throws JMSException {
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                if (message instanceof TextMessage text && text.getText().contains(marker)) {
                    return Optional.of(message.getStringProperty("_AMQ_ORIG_ADDRESS"));
                }
            }
        }
        return Optional.empty();
    }

    public String providerOf() {
        return em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getClass().getName()
                + "|" + em.getEntityManagerFactory().getClass().getName();
    }
}
