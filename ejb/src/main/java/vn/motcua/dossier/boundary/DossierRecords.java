package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.WorkflowStep;
import vn.motcua.dossier.control.ControlSheetRenderer;
import vn.motcua.dossier.control.DeadlineLevel;
import vn.motcua.dossier.control.DossierVisibility;
import vn.motcua.dossier.control.EventChain;
import vn.motcua.dossier.control.LogbookRenderer;
import vn.motcua.dossier.control.LogbookWorkbook;
import vn.motcua.dossier.control.OfficeHeader;
import vn.motcua.dossier.control.StepActionRules;
import vn.motcua.dossier.control.TimelinessLabels;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.identity.entity.Role;
import vn.motcua.identity.entity.RoleAssignment;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads one dossier for the officers who may see it — its page, its control sheet (form 05) — and
 * the desk's logbook (form 06) for a period, as PDF or Excel.
 */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK"})
public class DossierRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public DossierViewDto view(String code) {
        Dossier dossier = visible(code);
        String officer = officer();
        Instant now = clock.instant();
        List<WorkflowStep> steps = dossier.getProcedure().getWorkflow().getSteps();
        List<DossierTask> tasks = em.createNamedQuery("DossierTask.ofDossier", DossierTask.class)
                .setParameter("dossier", dossier).getResultList();
        List<DossierEvent> events = em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class)
                .setParameter("dossier", dossier).getResultList();
        java.util.Set<String> usernames = new java.util.HashSet<>();
        tasks.forEach(t -> { usernames.add(t.getGivenBy()); usernames.add(t.getAssignee()); });
        events.forEach(e -> usernames.add(e.getActor()));
        usernames.remove(null);
        java.util.Map<String, String> names = OfficeHeader.officerNames(em, usernames);
        boolean paused = dossier.getClock().isPaused();
        boolean running = !dossier.getStatus().isFinal() && dossier.getStatus() != DossierStatus.READY_FOR_RETURN;
        List<DossierViewDto.Task> taskRows = tasks.stream().map(t -> new DossierViewDto.Task(t.getId(), t.getStep(),
                steps.get(t.getStep() - 1).getName(), t.getAgency().getName(), t.getRole().name(),
                names.getOrDefault(t.getGivenBy(), t.getGivenBy()),
                t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()), t.getOpenedAt(), t.getDueAt(), t.getClosedAt(),
                t.getOutcome() == null ? null : t.getOutcome().name(),
                t.getTimeliness() == null ? null : t.getTimeliness().name(),
                t.isOpen() ? DeadlineLevel.of(calendars, t.getAgency().getCode(), now, t.getDueAt(), paused).name() : null))
                .toList();
        List<DossierViewDto.StepOption> actionable = new ArrayList<>();
        for (DossierTask task : tasks) {
            if (task.isOpen()) {
                stepOption(officer, task, steps, dossier, names).ifPresent(actionable::add);
            }
        }
        boolean reception = AgencyScope.of(em, officer, Role.RECEPTION).covers(dossier.getDesk());
        boolean deskLeader = AgencyScope.of(em, officer, Role.LEADER).covers(dossier.getDesk());
        DossierStatus status = dossier.getStatus();
        var desk = new DossierViewDto.DeskOptions(reception && status == DossierStatus.AWAITING_SUPPLEMENT,
                reception && !status.isFinal() && dossier.getDecidedAt() == null
                        && status != DossierStatus.READY_FOR_RETURN,
                (reception || deskLeader) && running && !paused && dossier.getClock().getApologisedAt() == null,
                reception && status == DossierStatus.READY_FOR_RETURN);
        return new DossierViewDto(dossier.getCode().value(), dossier.getVersion(), dossier.getProcedure().getCode(),
                dossier.getProcedure().getName(), dossier.getProcedure().getField().getName(),
                dossier.getDesk().getName(), dossier.getChannel().name(), status.name(),
                dossier.getApplicant().getFullName(), dossier.getApplicant().getIdNumber(),
                dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(), dossier.getApplicant().getAddress(),
                dossier.getReceivedAt(), dossier.getAppointmentAt(), dossier.getStatutoryDueAt(),
                dossier.getClock().getPausedAt(), dossier.getClock().getApologisedAt(), dossier.getFinishedAt(),
                dossier.getTimeliness() == null ? null : dossier.getTimeliness().name(),
                running ? DeadlineLevel.of(calendars, dossier.getDesk().getCode(), now, dossier.getAppointmentAt(),
                        paused).name() : null,
                dossier.getCollectedBy(), dossier.getNotes(), documents(dossier), taskRows,
                events.stream().map(e -> new DossierViewDto.Event(e.getSequence(), e.getOccurredAt(),
                        names.getOrDefault(e.getActor(), e.getActor()),
                        e.getAction().name(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                        e.getToStatus().name(), e.getStep(), e.getNote(), e.getAttachmentIds())).toList(),
                new EventChain().verify(events, dossier.getEventCount()).intact(), actionable, desk);
    }

    /** Phiếu kiểm soát quá trình giải quyết hồ sơ (form 05), generated from the tasks, never kept twice. */
    public byte[] controlSheet(String code) {
        Dossier dossier = visible(code);
        List<WorkflowStep> steps = dossier.getProcedure().getWorkflow().getSteps();
        OfficeHeader header = OfficeHeader.of(dossier.getDesk());
        List<HandOffDto> rows = em.createNamedQuery("DossierTask.ofDossier", DossierTask.class)
                .setParameter("dossier", dossier).getResultStream()
                .map(t -> new HandOffDto(steps.get(t.getStep() - 1).getName(), t.getAgency().getName(), t.getOpenedAt(),
                        OfficeHeader.officerName(em, t.getGivenBy()),
                        t.getAssignee() == null ? "" : OfficeHeader.officerName(em, t.getAssignee()), t.getDueAt(),
                        TimelinessLabels.of(t.getTimeliness()), t.getOutcome() == null ? "Đang xử lý"
                        : TimelinessLabels.outcome(t.getOutcome())))
                .toList();
        return ControlSheetRenderer.render(new ControlSheetDto(header.parentAgencyName(), header.agencyName(),
                header.placeName(), dossier.getCode().value(), dossier.getApplicant().getFullName(),
                dossier.getProcedure().getName(), dossier.getReceivedAt(), dossier.getAppointmentAt(), rows));
    }

    /** Sổ theo dõi hồ sơ (form 06) of a desk for whole days, as PDF, or as an Excel workbook. */
    @RolesAllowed({"RECEPTION", "LEADER"})
    public byte[] logbook(String deskCode, LocalDate from, LocalDate to, boolean excel) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw new BusinessException("dossier.logbook.periodInvalid");
        }
        Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", deskCode)
                .getResultStream().findFirst().orElse(null);
        if (desk == null || !(AgencyScope.of(em, officer(), Role.RECEPTION).covers(desk)
                || AgencyScope.of(em, officer(), Role.LEADER).covers(desk))) {
            throw new BusinessException("agency.outOfScope", String.valueOf(deskCode));
        }
        List<Dossier> dossiers = em.createNamedQuery("Dossier.logbook", Dossier.class).setParameter("desk", desk)
                .setParameter("from", from.atStartOfDay(Clocks.VIETNAM).toInstant())
                .setParameter("until", to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant()).getResultList();
        List<LogbookEntryDto> entries = IntStream.range(0, dossiers.size()).mapToObj(i -> entry(i + 1, dossiers.get(i)))
                .toList();
        OfficeHeader header = OfficeHeader.of(desk);
        LogbookDto logbook = new LogbookDto(header.parentAgencyName(), header.agencyName(), from, to, entries);
        return excel ? LogbookWorkbook.write(logbook) : LogbookRenderer.render(logbook);
    }

    /** The desks whose logbook this officer may print: where they receive or lead. */
    @RolesAllowed({"RECEPTION", "LEADER"})
    public List<vn.motcua.agency.boundary.AgencyDto> logbookDesks() {
        AgencyScope reception = AgencyScope.of(em, officer(), Role.RECEPTION);
        AgencyScope leader = AgencyScope.of(em, officer(), Role.LEADER);
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(a -> a.getKind() == vn.motcua.agency.entity.AgencyKind.ONE_STOP_DESK
                        || a.getKind() == vn.motcua.agency.entity.AgencyKind.SERVICE_CENTRE)
                .filter(a -> reception.covers(a) || leader.covers(a))
                .map(vn.motcua.agency.boundary.AgencyDto::of).toList();
    }

    /** Whether a stored file belongs to a dossier this officer may see (for downloads). */
    public boolean holdsFile(String code, long storedFileId) {
        Dossier dossier = visible(code);
        return em.createQuery("SELECT COUNT(d) FROM DossierDocument d WHERE d.dossier = :dossier"
                        + " AND d.storedFileId = :file", Long.class).setParameter("dossier", dossier)
                .setParameter("file", storedFileId).getSingleResult() > 0;
    }

    private LogbookEntryDto entry(int number, Dossier dossier) {
        String handedTo = em.createNamedQuery("DossierTask.ofDossier", DossierTask.class).setParameter("dossier", dossier)
                .getResultStream().filter(t -> t.getStep() > 1).findFirst().map(t -> t.getAgency().getName()).orElse("");
        return new LogbookEntryDto(number, dossier.getCode().value(), dossier.getProcedure().getName(),
                dossier.getApplicant().getFullName(), blank(dossier.getApplicant().getAddress()),
                blank(dossier.getApplicant().getPhone()), dossier.getReceivedAt(), dossier.getAppointmentAt(), handedTo,
                dossier.getStatus() == DossierStatus.RETURNED ? dossier.getFinishedAt() : null,
                TimelinessLabels.of(dossier.getTimeliness()), dossier.getStatus().isFinal()
                && dossier.getStatus() != DossierStatus.RETURNED ? TimelinessLabels.status(dossier.getStatus()) : "");
    }

    private java.util.Optional<DossierViewDto.StepOption> stepOption(String officer, DossierTask task,
                                                                     List<WorkflowStep> steps, Dossier dossier,
                                                                     java.util.Map<String, String> names) {
        boolean leader = AgencyScope.of(em, officer, Role.LEADER).covers(task.getAgency());
        boolean holder = AgencyScope.of(em, officer, task.getRole()).covers(task.getAgency());
        boolean mine = task.getAssignee() == null || task.getAssignee().equals(officer);
        if (!leader && !(holder && mine)) {
            return java.util.Optional.empty();
        }
        WorkflowStep step = steps.get(task.getStep() - 1);
        List<Integer> earlier = IntStream.range(1, dossier.getOpenSteps().stream().min(Integer::compare)
                .orElse(task.getStep())).boxed().toList();
        // only what the dossier's status allows now: a paused dossier can be refused, not forwarded
        List<String> actions = step.allowedActions().stream()
                .filter(a -> StepActionRules.of(a).isAllowedFrom(dossier.getStatus()))
                .filter(a -> a != StepAction.RETURN || !earlier.isEmpty())
                .map(StepAction::name).toList();
        List<String> assignees = leader ? em.createQuery("SELECT r FROM RoleAssignment r JOIN FETCH r.officer"
                        + " WHERE r.role = :role AND r.agency = :agency", RoleAssignment.class)
                .setParameter("role", task.getRole()).setParameter("agency", task.getAgency()).getResultStream()
                .map(r -> r.getOfficer().getUsername()).distinct().sorted().toList() : List.of();
        boolean working = DossierAction.RECORD_WORK.isAllowedFrom(dossier.getStatus());
        return java.util.Optional.of(new DossierViewDto.StepOption(task.getId(), task.getStep(), step.getName(), actions,
                earlier, leader, assignees,
                task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()), working));
    }

    private List<DossierViewDto.Document> documents(Dossier dossier) {
        return em.createNamedQuery("DossierDocument.ofDossier", DossierDocument.class).setParameter("dossier", dossier)
                .getResultStream().map(d -> new DossierViewDto.Document(d.getStoredFileId() == null ? 0
                        : d.getStoredFileId(), d.getKind().name(), d.getName(),
                        d.getForm() == null ? null : d.getForm().name(), d.getCopies(),
                        d.getStep(), d.getAddedBy(), d.getAddedAt())).toList();
    }

    private Dossier visible(String code) {
        Dossier dossier = code == null ? null : em.createNamedQuery("Dossier.findByCode", Dossier.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (dossier == null || !new DossierVisibility(em, officer()).canSee(em, dossier)) {
            // the same answer for a dossier elsewhere as for none: codes are not to be probed
            throw new BusinessException("dossier.notFound", String.valueOf(code));
        }
        return dossier;
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
