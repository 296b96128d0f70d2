package vn.motcua.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.control.Dispatch;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.Notification;

import java.time.Clock;

/**
 * Tells the applicant that their dossier was received, once the reception has committed and in a
 * transaction of its own: the reception keeps one resource and commits at once, releasing the desk's
 * counter row. Should the server stop between the two, the applicant still holds the printed receipt.
 */
@Stateless
@PermitAll
public class ReceiptNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dispatch dispatch;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) DossierReceivedEvent event) {
        em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", event.dossierCode())
                .getResultStream().findFirst().ifPresent(dossier -> dispatch.notifyApplicant(dossier,
                        Notification.Topic.RECEIVED, "Hồ sơ " + event.dossierCode() + " đã được tiếp nhận, hẹn trả kết quả lúc "
                                + Dispatch.format(dossier.getAppointmentAt()) + ".", clock.instant()));
    }
}
