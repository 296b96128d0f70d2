package vn.motcua.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.boundary.RoutingMessage;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.Notification;

import java.util.List;

/** Looks at a dossier's rows from inside the server, and plays a redelivering or tampering party. */
@Stateless
@PermitAll
public class DossierProbe {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/routing")
    private Queue routing;

    /** "step:agency:open|closed" per task, in order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> tasks(String code) {
        return em.createNamedQuery("DossierTask.ofDossier", DossierTask.class).setParameter("dossier", dossier(code))
                .getResultStream().map(t -> t.getStep() + ":" + t.getAgency().getCode() + ":"
                        + (t.isOpen() ? "open" : "closed")).toList();
    }

    /** Sends again the routing message that opened the dossier's latest task, twice, as a broker redelivery would. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resendLastRouting(String code) {
        Dossier dossier = dossier(code);
        List<DossierTask> tasks = em.createNamedQuery("DossierTask.ofDossier", DossierTask.class)
                .setParameter("dossier", dossier).getResultList();
        DossierTask last = tasks.get(tasks.size() - 1);
        String body = JsonbBuilder.create().toJson(new RoutingMessage(dossier.getId(), code, last.getOpenedEvent(),
                List.of(last.getStep()), last.getGivenBy(), last.getOpenedAt()));
        jms.createProducer().send(routing, body);
        jms.createProducer().send(routing, body);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> notifications(String code) {
        return em.createNamedQuery("Notification.ofDossier", Notification.class).setParameter("code", code)
                .getResultStream().map(n -> n.getRecipientKind() + ":" + n.getRecipient() + ":" + n.getTopic()).toList();
    }

    /** Rewrites one journal entry behind the application's back, as a tamperer with database access would. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tamperWithEvent(String code, int sequence) {
        em.createNativeQuery("UPDATE dossier_event SET note = 'sửa lén' WHERE dossier_id = ?1 AND sequence_no = ?2")
                .setParameter(1, dossier(code).getId()).setParameter(2, sequence).executeUpdate();
    }

    private Dossier dossier(String code) {
        return em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code).getSingleResult();
    }
}
