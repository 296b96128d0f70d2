package vn.motcua.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.StepActions;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.exchange.control.ContractCheck;
import vn.motcua.exchange.control.ExchangeRejection;
import vn.motcua.exchange.control.ExchangeRejection.Reason;
import vn.motcua.exchange.control.UpdateOrder;
import vn.motcua.exchange.entity.ExchangeLink;
import vn.motcua.exchange.entity.ExchangeRecord;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * Applies a department system's status update to the dossier, once, through {@link StepActions} — the
 * boundary the staff screens use, so the same workflow rules, journal, audit events, forms, applicant
 * messages and deadline effects follow. The department acts as the system officer
 * {@value #SYSTEM_OFFICER} (run-as principal, jboss-ejb3.xml), who holds the step roles in each
 * connected department. Runs in its own transaction: a refusal rolls back only this, and the consumer
 * then parks the message with its reason.
 */
@Stateless
@PermitAll
@RunAs("SPECIALIST")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DepartmentUpdates {

    public static final String SYSTEM_OFFICER = "lienthong";

    public enum Outcome { APPLIED, STALE, DUPLICATE }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StepActions steps;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** @param origin the agency whose inbound queue the message came through (null: unknown) */
    public Outcome apply(String origin, String body) {
        DepartmentStatusMessage update = ContractCheck.statusUpdate(body);
        if (origin == null || !origin.equals(update.agencyCode())) {
            throw new ExchangeRejection(Reason.WRONG_DEPARTMENT, "agencyCode " + update.agencyCode()
                    + " came through the queue of " + origin);
        }
        ExchangeLink link = em.find(ExchangeLink.class, origin);
        if (link == null || !link.isConnected()) {
            throw new ExchangeRejection(Reason.NOT_CONNECTED, origin + " is not a connected department");
        }
        if (!em.createNamedQuery("ExchangeRecord.find", ExchangeRecord.class).setParameter("messageId", update.messageId())
                .setParameter("direction", ExchangeRecord.Direction.IN).getResultList().isEmpty()) {
            return Outcome.DUPLICATE;
        }
        Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class)
                .setParameter("code", update.dossierCode()).getResultStream().findFirst()
                .orElseThrow(() -> new ExchangeRejection(Reason.UNKNOWN_DOSSIER, "no dossier " + update.dossierCode()));
        // updates of one dossier are decided one at a time, in the order of their sequence, on its current row
        em.refresh(dossier, LockModeType.PESSIMISTIC_WRITE);
        Long last = em.createNamedQuery("ExchangeRecord.lastSequence", Long.class).setParameter("dossier", update.dossierCode())
                .setParameter("direction", ExchangeRecord.Direction.IN)
                .setParameter("outcomes", List.of(ExchangeRecord.Outcome.APPLIED)).getSingleResult();
        if (UpdateOrder.of(update.sequence(), last == null ? OptionalLong.empty() : OptionalLong.of(last))
                == UpdateOrder.Verdict.STALE) {
            record(update, ExchangeRecord.Outcome.STALE, "sequence " + update.sequence() + " ≤ last applied " + last);
            return Outcome.STALE;
        }
        DossierTask task = em.createNamedQuery("DossierTask.openOf", DossierTask.class).setParameter("dossier", dossier)
                .getResultStream().filter(t -> t.getStep() == update.step() && t.getAgency().getCode().equals(origin))
                .findFirst().orElseThrow(() -> new ExchangeRejection(Reason.FORBIDDEN_TRANSITION, "step "
                        + update.step() + " of " + update.dossierCode() + " is not open at " + origin
                        + " (dossier status " + dossier.getStatus() + ")"));
        try {
            transition(update, task, dossier);
        } catch (ExchangeRejection rejection) {
            throw rejection;
        } catch (BusinessException refused) {
            if ("dossier.changedMeanwhile".equals(refused.getMessageKey())) {
                throw new IllegalStateException("an officer changed " + update.dossierCode() + " meanwhile; retried");
            }
            throw new ExchangeRejection(Reason.FORBIDDEN_TRANSITION, update.status() + " refused by the workflow: "
                    + refused.getMessageKey() + " " + List.of(refused.getArguments()));
        }
        record(update, ExchangeRecord.Outcome.APPLIED, null);
        audit.record(SYSTEM_OFFICER + "@" + origin, "EXCHANGE_" + update.status().name(), update.dossierCode(),
                "step " + update.step() + ", message " + update.messageId() + ", sequence " + update.sequence());
        return Outcome.APPLIED;
    }

    private void transition(DepartmentStatusMessage update, DossierTask task, Dossier dossier) {
        long taskId = task.getId();
        String note = update.note();
        switch (update.status()) {
            case ACCEPTED -> {
                if (task.getAssignee() == null) {
                    steps.accept(taskId, dossier.getVersion());
                }
            }
            case PROCESSING -> steps.recordWork(taskId, dossier.getVersion(), note, List.of(), false);
            case SUPPLEMENT_NEEDED -> steps.requestSupplement(taskId, dossier.getVersion(), update.items(), note, null);
            case REFUSED -> steps.refuse(taskId, dossier.getVersion(), update.reasons());
            case DONE -> {
                DepartmentStatusMessage.ResultRef result = update.result();
                String summary = "Kết quả số " + result.number() + " ngày " + result.signedOn()
                        + (result.signedBy() == null ? "" : ", " + result.signedBy())
                        + (result.summary() == null ? "" : ": " + result.summary());
                steps.recordWork(taskId, dossier.getVersion(), summary, update.documents().stream()
                        .map(d -> new FileUploadDto(d.fileName(), Base64.getDecoder().decode(d.contentBase64()))).toList(),
                        true);
                // a step that decides approves, any other hands on: as the officer's button at that step would
                boolean decides = dossier.getProcedure().getWorkflow().getSteps().get(task.getStep() - 1)
                        .allows(StepAction.APPROVE);
                if (decides) {
                    steps.approve(taskId, dossier.getVersion(), note == null ? summary : note);
                } else {
                    steps.forward(taskId, dossier.getVersion(), note == null ? summary : note);
                }
            }
            default -> throw new IllegalArgumentException(update.status().name());
        }
    }

    private void record(DepartmentStatusMessage update, ExchangeRecord.Outcome outcome, String detail) {
        em.persist(new ExchangeRecord(update.messageId(), ExchangeRecord.Direction.IN, update.agencyCode(),
                update.dossierCode(), update.step(), update.sequence(), update.status().name(), outcome, detail,
                clock.instant()));
    }
}
