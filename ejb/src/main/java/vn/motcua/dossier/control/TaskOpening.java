package vn.motcua.dossier.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.catalog.entity.WorkflowStep;
import vn.motcua.dossier.boundary.DossierChangedEvent;
import vn.motcua.dossier.boundary.RoutingMessage;
import vn.motcua.dossier.boundary.TaskOpenedEvent;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierTask;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Creates the department tasks a routing message asks for, each at most once: a task already made
 * for the same hand-off (dossier, event, step) means this is a redelivery, and the unique key of
 * dossier_task stops a concurrent twin. A step the dossier has closed since is not opened again.
 */
@Dependent
public class TaskOpening {

    private static final Logger LOG = Logger.getLogger(TaskOpening.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Event<DossierChangedEvent> changed;

    @Inject
    private Event<TaskOpenedEvent> opened;

    public int open(RoutingMessage message) {
        Dossier dossier = em.find(Dossier.class, message.dossierId());
        if (dossier == null) {
            throw new IllegalStateException("routing message for unknown dossier " + message.dossierCode());
        }
        int created = 0;
        for (int step : message.steps()) {
            boolean exists = !em.createNamedQuery("DossierTask.forHandOff", DossierTask.class)
                    .setParameter("dossier", message.dossierId()).setParameter("event", message.event())
                    .setParameter("step", step).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            if (!dossier.getOpenSteps().contains(step)) {
                LOG.info(() -> "step " + step + " of " + message.dossierCode() + " closed before its task was made");
                continue;
            }
            if (created == 0) {
                // checked again at commit: a dossier stopped or moved on meanwhile rolls this delivery back,
                // and the redelivery then finds the step closed
                em.lock(dossier, LockModeType.OPTIMISTIC);
            }
            opened.fire(new TaskOpenedEvent(openStep(dossier, step, message.event(), message.givenBy(), message.at())));
            created++;
        }
        if (created > 0) {
            changed.fire(new DossierChangedEvent(message.dossierCode()));
        }
        return created;
    }

    /**
     * Opens the task of a step a hand-off reached, in the caller's transaction; for a dossier just
     * received, whose first step has no task yet by construction, the desk calls this directly.
     */
    public DossierTask openStep(Dossier dossier, int step, int event, String givenBy, Instant at) {
        WorkflowStep workflowStep = dossier.getProcedure().getWorkflow().getSteps().get(step - 1);
        // agencies are not what this transaction writes: no need to flush the dossier's rows before reading one
        Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter("code", workflowStep.getAgencyCode()).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no agency " + workflowStep.getAgencyCode()));
        Instant due = calendars.due(agency.getCode(), at, StatutoryDuration.workingDays(workflowStep.getBudgetDays()));
        DossierTask task = new DossierTask(dossier, step, event, agency, workflowStep.getRole(), givenBy, at, due);
        em.persist(task);
        return task;
    }
}
