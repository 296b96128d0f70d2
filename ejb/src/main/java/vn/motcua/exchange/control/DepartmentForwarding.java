package vn.motcua.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.motcua.document.entity.StoredFile;
import vn.motcua.dossier.boundary.TaskOpenedEvent;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.exchange.boundary.DossierForwardedMessage;
import vn.motcua.exchange.boundary.DossierForwardedMessage.ApplicantRef;
import vn.motcua.exchange.boundary.DossierForwardedMessage.DocumentRef;
import vn.motcua.exchange.boundary.DossierForwardedMessage.ProcedureRef;
import vn.motcua.exchange.entity.ExchangeLink;
import vn.motcua.exchange.entity.ExchangeRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When a hand-off opens a step at a connected department, sends the dossier to that department's
 * system on motcua.dept.&lt;agency code&gt;.out in the same transaction as the task: both commit, or
 * neither. The JMS group is the dossier code, so a department reading with several consumers still
 * gets one dossier's messages in order.
 */
@Dependent
public class DepartmentForwarding {

    /** Long enough for a department back from a weekend offline to fetch the papers. */
    static final Duration LINK_LIFETIME = Duration.ofDays(14);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Inject
    private Clock clock;

    void onTaskOpened(@Observes TaskOpenedEvent event) {
        DossierTask task = event.task();
        ExchangeLink link = em.find(ExchangeLink.class, task.getAgency().getCode());
        if (link != null && link.isConnected()) {
            forward(task);
        }
    }

    private void forward(DossierTask task) {
        Dossier dossier = task.getDossier();
        String code = dossier.getCode().value();
        String agency = task.getAgency().getCode();
        // one sender at a time per dossier: the sequence below is read and raised under this lock
        em.lock(dossier, LockModeType.PESSIMISTIC_WRITE);
        Long last = em.createNamedQuery("ExchangeRecord.lastSequence", Long.class).setParameter("dossier", code)
                .setParameter("direction", ExchangeRecord.Direction.OUT)
                .setParameter("outcomes", List.of(ExchangeRecord.Outcome.SENT)).getSingleResult();
        long sequence = last == null ? 1 : last + 1;
        Instant now = clock.instant();
        DossierForwardedMessage message = new DossierForwardedMessage(DossierForwardedMessage.SCHEMA_VERSION,
                UUID.randomUUID().toString(), agency, code, task.getStep(), sequence, now,
                dossier.getProcedure().getWorkflow().getSteps().get(task.getStep() - 1).getName(), task.getDueAt(),
                new ProcedureRef(dossier.getProcedure().getCode(), dossier.getProcedure().getName()),
                applicant(dossier.getApplicant()), documents(dossier, agency, now.plus(LINK_LIFETIME)));
        jms.createProducer()
                .setProperty("type", DossierForwardedMessage.TYPE)
                .setProperty("schemaVersion", DossierForwardedMessage.SCHEMA_VERSION)
                .setProperty("dossierCode", code)
                .setProperty("step", task.getStep())
                .setProperty("sequence", sequence)
                .setProperty("JMSXGroupID", code)
                .setJMSCorrelationID(code + "/" + task.getStep())
                .send(jms.createQueue(ExchangeQueues.outbound(agency)), ExchangeJson.write(message));
        em.persist(new ExchangeRecord(message.messageId(), ExchangeRecord.Direction.OUT, agency, code, task.getStep(),
                sequence, DossierForwardedMessage.TYPE, ExchangeRecord.Outcome.SENT, null, now));
    }

    private static ApplicantRef applicant(Applicant applicant) {
        return new ApplicantRef(applicant.getKind().name(), applicant.getFullName(), applicant.getIdKind().name(),
                applicant.getIdNumber(), applicant.getPhone(), applicant.getEmail(), applicant.getAddress());
    }

    private List<DocumentRef> documents(Dossier dossier, String agency, Instant expires) {
        return em.createNamedQuery("DossierDocument.ofDossier", DossierDocument.class).setParameter("dossier", dossier)
                .getResultList().stream().filter(d -> d.getStoredFileId() != null).map(d -> {
                    StoredFile file = em.find(StoredFile.class, d.getStoredFileId());
                    return new DocumentRef(d.getId(), d.getName(), d.getKind().name(), file.getFileName(),
                            file.getMediaType(), file.getSizeBytes(), file.getSha256(),
                            ExchangeQueues.downloadUrl(d.getId(), agency, expires), expires);
                }).toList();
    }
}
