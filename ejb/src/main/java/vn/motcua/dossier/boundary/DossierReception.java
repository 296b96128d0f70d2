package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.control.ApplicantRules;
import vn.motcua.dossier.control.Attachments;
import vn.motcua.dossier.control.Counters;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.DossierException;
import vn.motcua.dossier.control.EventChain;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.queue.control.ServedTickets;
import vn.motcua.dossier.control.TaskOpening;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Delegate;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.dossier.entity.NotifyChannel;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.boundary.SqlStates;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Receives a dossier at the desk in one transaction: its code from the desk's daily counter, its
 * appointment from the deadline engine, a lookup PIN, the first journal event, and the data of the
 * receipt (form 01 of Circular 01/2018/TT-VPCP). Anything refused leaves nothing behind.
 */
@Stateless
@RolesAllowed("RECEPTION")
public class DossierReception {

    /** Circular 01/2018 Art. 19 by default; Circular 04/2025's form via motcua.dossier.code-pattern. */
    static final String CODE_PATTERN = System.getProperty("motcua.dossier.code-pattern", DossierCodes.CIRCULAR_01_2018);
    /** The message of a reception that met a twin registration of its new applicant; saving again succeeds. */
    public static final String APPLICANT_REGISTERED_MEANWHILE = "dossier.applicantRegisteredMeanwhile";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Counters counters;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Attachments attachments;

    @Inject
    private TaskOpening tasks;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<DossierReceivedEvent> received;

    @Resource
    private SessionContext session;

    public ReceptionOutcomeDto receive(ReceptionRequestDto request) {
        // nothing read below depends on what this reception writes: write once before the number, once at commit
        em.setFlushMode(FlushModeType.COMMIT);
        String officer = session.getCallerPrincipal().getName();
        Receiver receiver = receiver(officer);
        Agency desk = deskOf(receiver, request.deskCode());
        Procedure procedure = procedureInForce(request.procedureVersionId());
        if (request.channel() == null || request.applicantKind() == null || request.idKind() == null) {
            throw new BusinessException("dossier.requiredMissing");
        }
        if (request.documents() == null || request.documents().isEmpty()) {
            throw new BusinessException("dossier.documentsRequired");
        }
        if (request.documentSets() < 1 || request.documentSets() > 20) {
            throw new BusinessException("dossier.documentSetsInvalid");
        }
        if (request.notes() != null && (request.notes().length() > 2000 || request.notes().matches("(?s).*[<>].*"))) {
            throw new BusinessException("dossier.notesInvalid");
        }
        Applicant applicant;
        Delegate delegate;
        try {
            delegate = delegate(request.delegate());
            applicant = applicant(request);
        } catch (DossierRuleException refusal) {
            throw DossierException.of(refusal);
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, Clocks.VIETNAM);
        Instant appointment = calendars.due(desk.getCode(), now, procedure.getTerm().toDuration());
        String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
        LookupPin lookupPin = LookupPin.of(pin, PinKey.get());
        Dossier dossier;
        try {
            dossier = Dossier.receive(null, procedure, desk, request.channel(), applicant, delegate, now, appointment,
                    lookupPin, request.documentSets(), request.notes());
            dossier.chooseNotification(request.notifyConsent(),
                    request.notifyChannel() == null ? NotifyChannel.NONE : request.notifyChannel(), now);
        } catch (DossierRuleException refusal) {
            throw DossierException.of(refusal);
        }
        em.persist(dossier);
        attachments.submitted(dossier, request.documents(), officer, now);
        // the desk itself holds the first step: its task is made here, with no message, so that this
        // transaction has one resource and commits at once
        dossier.getOpenSteps().forEach(step -> tasks.openStep(dossier, step, dossier.getEventCount(), officer, now));
        flushBeforeTheNumbers();
        // the numbers last: from the counter's UPDATE to the commit other receptions at this desk wait,
        // so only the code, the logbook entry (form 06, its own gap-free series per desk and year), the
        // first journal event (hashed over the code), the audit row and the ticket's link are written
        // while they are held
        // always the day's row first, then the year's: one order for every reception, so none waits crosswise
        // (one UPDATE of both rows deadlocked on PostgreSQL, whose scan meets them in either order)
        int number = counters.next(desk.getCode(), day);
        int logbookEntry = counters.next("LOG:" + desk.getCode(), day.withDayOfYear(1));
        DossierCode code = new DossierCodes(CODE_PATTERN).format(desk.getCode(), day, null, number);
        dossier.assignCode(code);
        new EventChain().journal(em, dossier, officer, null);
        audit.recordInDatabase(officer, "DOSSIER_RECEIVED", code.value(), procedure.getCode());
        ServedTickets.linkDossier(em, officer, code.value());
        ReceiptDto receipt = ReceiptData.of(dossier, request.documents(), receiver.name(), number, logbookEntry, pin);
        if (dossier.getNotificationConsent().channel() != NotifyChannel.NONE) {
            received.fire(new DossierReceivedEvent(code.value()));
        }
        return new ReceptionOutcomeDto(code.value(), pin, appointment, receipt);
    }

    /** Applicants met before, by identity number or mobile phone (exact), for the desk to fill the form from. */
    public List<ApplicantDto> returningApplicants(String idNumberOrPhone) {
        String key = idNumberOrPhone == null ? "" : idNumberOrPhone.replaceAll("[\\s.-]", "");
        if (!key.matches("\\d{9,13}")) {
            return List.of();
        }
        List<Applicant> found = new java.util.ArrayList<>(em.createNamedQuery("Applicant.findByIdNumber", Applicant.class)
                .setParameter("idNumber", key).getResultList());
        if (found.isEmpty()) {
            found.addAll(em.createNamedQuery("Applicant.findByPhone", Applicant.class).setParameter("phone", key)
                    .setMaxResults(20).getResultList());
        }
        return found.stream().map(ApplicantDto::of).toList();
    }

    /** The one-stop desks where the signed-in officer receives dossiers. */
    public List<AgencyDto> desks() {
        AgencyScope scope = AgencyScope.of(em, session.getCallerPrincipal().getName(), Role.RECEPTION);
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(a -> a.getKind() == AgencyKind.ONE_STOP_DESK || a.getKind() == AgencyKind.SERVICE_CENTRE)
                .filter(scope::covers).map(AgencyDto::of).toList();
    }

    private static Delegate delegate(DelegateDto given) {
        if (given == null || (blank(given.name()) && blank(given.idNumber()) && blank(given.phone()))) {
            return null;
        }
        ApplicantRules rules = new ApplicantRules();
        return new Delegate(rules.name(given.name()), rules.citizenId(given.idNumber()), rules.phone(given.phone()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Applicant applicant(ReceptionRequestDto request) {
        ApplicantRules rules = new ApplicantRules();
        String name = rules.name(request.applicantName());
        String idNumber = rules.idNumber(request.idKind(), request.idNumber());
        String phone = rules.phone(request.phone());
        String email = rules.email(request.email());
        String address = rules.address(request.address());
        // a first visit registers the applicant in this transaction; a twin registered by another desk
        // at the same moment fails the flush before the numbers on the unique identity (see below)
        Applicant applicant = em.createNamedQuery("Applicant.findByIdNumber", Applicant.class)
                .setParameter("idNumber", idNumber).getResultStream().findFirst().orElse(null);
        if (applicant == null) {
            applicant = new Applicant(request.applicantKind(), name, request.idKind(), idNumber);
            em.persist(applicant);
        }
        applicant.updateContact(phone, email, address);
        return applicant;
    }

    /**
     * Writes everything but the numbers. The same new applicant received at two desks at once is the
     * one write that can clash: the later reception stores nothing and says so, and the desk's screen
     * saves again, finding the applicant just registered ({@code ReceptionBacking}).
     */
    private void flushBeforeTheNumbers() {
        try {
            em.flush();
        } catch (PersistenceException clash) {
            if (SqlStates.isUniqueViolation(clash)) {
                throw new BusinessException(APPLICANT_REGISTERED_MEANWHILE);
            }
            throw clash;
        }
    }

    private Procedure procedureInForce(long versionId) {
        Procedure procedure = em.find(Procedure.class, versionId);
        LocalDate today = LocalDate.now(clock);
        boolean inForce = procedure != null && new Releases(em).inForceOn(today)
                .map(release -> release.equals(procedure.getRelease())).orElse(false);
        if (!inForce) {
            throw new BusinessException("dossier.procedureNotInForce");
        }
        return procedure;
    }

    /** The receiving officer: their full name for the receipt and where they hold RECEPTION. */
    private record Receiver(String name, AgencyScope scope) {
    }

    /** Read in one query, before the counters: a reception's every round trip counts under a crowd. */
    private Receiver receiver(String officer) {
        List<Object[]> rows = em.createNamedQuery("RoleAssignment.holderOf", Object[].class)
                .setParameter("username", officer).setParameter("role", Role.RECEPTION).getResultList();
        Set<Long> agencies = rows.stream().map(row -> (Long) row[1]).collect(Collectors.toSet());
        return new Receiver(rows.isEmpty() ? officer : (String) rows.get(0)[0], AgencyScope.rootedAt(em, agencies));
    }

    /** The desk the officer receives at: one where they hold RECEPTION (or a desk below it). */
    private Agency deskOf(Receiver receiver, String deskCode) {
        Agency desk = deskCode == null ? null : em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", deskCode).getResultStream().findFirst().orElse(null);
        if (desk == null || !receiver.scope().covers(desk)) {
            throw new BusinessException("agency.outOfScope", String.valueOf(deskCode));
        }
        return desk;
    }
}
