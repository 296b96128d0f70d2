package vn.motcua.queue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.identity.entity.Role;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.queue.control.GroupCommit;
import vn.motcua.queue.control.KioskSignature;
import vn.motcua.queue.control.QueueBoard;
import vn.motcua.queue.control.QueueMessages;
import vn.motcua.queue.control.TicketPrinters;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.reference.entity.ReferenceEntry;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kiosk's ticket dispenser (lấy số). Issuing runs in a short transaction (TicketIssuing) shared by the
 * requests of a group that arrive together;
 * the print command follows it, so the paper never holds up the number, and a printer that fails
 * leaves a valid ticket shown on screen with its failure recorded.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketDispenser {

    private static final Pattern KIOSK = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]");
    private static final Pattern DOSSIER_CODE = Pattern.compile("(?:[?&]code=)?([0-9A-Za-z.]{3,40}-\\d{6}-\\d{4})");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private TicketIssuing issuing;

    @Inject
    private GroupCommit line;

    @Inject
    private QueueMessages messages;

    @Inject
    private QueueBoard board;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The groups of a desk with whether each issues numbers now. */
    public List<ServiceGroupDto> groups(String desk) {
        LocalTime now = LocalTime.now(clock.withZone(Clocks.VIETNAM));
        return em.createNamedQuery("ServiceGroup.findByDesk", ServiceGroup.class).setParameter("desk", desk)
                .getResultStream().filter(ServiceGroup::isActive).map(g -> ServiceGroupDto.of(g, g.isOpenAt(now))).toList();
    }

    /** A fresh signed request token for a kiosk page about to be shown. */
    public String kioskToken(String kiosk) {
        if (kiosk == null || !KIOSK.matcher(kiosk).matches()) {
            throw new QueueException("queue.kiosk.invalid");
        }
        return new KioskSignature(PinKey.get()).token(kiosk, clock.instant());
    }

    /** A number for a group; a replayed request gets the ticket it already got. */
    public IssuedTicketDto issue(KioskRequestDto request) {
        String requestId = verify(request);
        try {
            return issued(group(request.desk(), request.prefix()), priority(request.priorityCode()), request, requestId, null);
        } catch (QueueException refused) {
            return replayed(requestId, refused);
        }
    }

    /**
     * A returning citizen's number for the return-of-results counter, from what the scanner read off the
     * receipt's QR (the lookup link with the dossier code, or the code alone); the ticket names the dossier.
     */
    public IssuedTicketDto issueForReturn(KioskRequestDto request, String scanned) {
        String requestId = verify(request);
        try {
            return issuedForReturn(request, requestId, scanned);
        } catch (QueueException refused) {
            return replayed(requestId, refused);
        }
    }

    private IssuedTicketDto issuedForReturn(KioskRequestDto request, String requestId, String scanned) {
        Matcher code = DOSSIER_CODE.matcher(scanned == null ? "" : scanned.strip());
        if (scanned == null || scanned.length() > 300 || !code.find()) {
            throw new QueueException("queue.dossier.unknown");
        }
        String dossierCode = code.group(1);
        boolean known = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", dossierCode)
                .getResultStream().findFirst().filter(d -> d.getDesk().getCode().equals(request.desk())).isPresent();
        if (!known) {
            throw new QueueException("queue.dossier.unknown");
        }
        ServiceGroup group = em.createNamedQuery("ServiceGroup.findByDesk", ServiceGroup.class)
                .setParameter("desk", request.desk()).getResultStream()
                .filter(g -> g.isActive() && g.isReturnsResults()).findFirst()
                .orElseThrow(() -> new QueueException.UnknownGroup("?"));
        return issued(group.terms(), null, request, requestId, dossierCode);
    }

    /**
     * A number issued by a reception officer for someone at the desk (a priority category the person
     * shows papers for, or no kiosk at hand); no paper is printed.
     */
    @RolesAllowed("RECEPTION")
    public IssuedTicketDto issueAtDesk(String desk, String prefix, String priorityCode) {
        ServiceGroup.Terms group = group(desk, prefix);
        if (!AgencyScope.of(em, session.getCallerPrincipal().getName(), Role.RECEPTION)
                .covers(em.find(ServiceGroup.class, group.id()).getDesk())) {
            throw new QueueException.UnknownGroup(prefix);
        }
        long id = issueInLine(group, new TicketIssuing.Request(priority(priorityCode), null, null, null)).id();
        return describe(em.find(Ticket.class, id));
    }

    private IssuedTicketDto issued(ServiceGroup.Terms group, String priority, KioskRequestDto request, String requestId,
                                   String dossierCode) {
        TicketIssuing.Issued ticket;
        try {
            ticket = issueInLine(group, new TicketIssuing.Request(priority, request.kiosk(), requestId, dossierCode));
        } catch (EJBException raced) {
            // the same request twice at once: the other one stored it, answer with that ticket
            return replayed(requestId, raced);
        }
        boolean printer = TicketPrinters.addressOf(request.kiosk()).isPresent();
        if (printer) {
            messages.print(ticket.id());
        }
        // all from the issuing: nothing read back, and no Ticket built (it would clone its group from the shared cache)
        QueueBoard.Ahead ahead = board.ahead(group.id(), ticket.day(), ticket.waitingAhead());
        return new IssuedTicketDto(ticket.id(), ticket.label(), group.name(), ticket.issuedAt(), ahead.people(),
                ahead.minutes(), printer);
    }

    /** Issued in the group's line: the kiosks waiting at the same moment share one transaction (GroupCommit). */
    private TicketIssuing.Issued issueInLine(ServiceGroup.Terms group, TicketIssuing.Request request) {
        return line.take(group.id(), request, requests -> issuing.issue(group, requests));
    }

    /**
     * The ticket a request already got, when what refused it was its replay (Replayed), or a replay after its group
     * closed or filled; else the refusal stands. Only refused requests read this, so new ones cost no read for it.
     */
    private IssuedTicketDto replayed(String requestId, RuntimeException refused) {
        return byRequest(requestId).map(this::describe).orElseThrow(() -> refused);
    }

    private IssuedTicketDto describe(Ticket ticket) {
        QueueBoard.Ahead ahead = board.ahead(ticket);
        return new IssuedTicketDto(ticket.getId(), ticket.getLabel(), ticket.getGroup().getName(), ticket.getIssuedAt(),
                ahead.people(), ahead.minutes(), TicketPrinters.addressOf(ticket.getKiosk()).isPresent());
    }

    private String verify(KioskRequestDto request) {
        if (request == null || request.kiosk() == null || !KIOSK.matcher(request.kiosk()).matches()
                || request.desk() == null) {
            throw new QueueException.Forged();
        }
        String requestId = new KioskSignature(PinKey.get()).verify(request.kiosk(), request.token(), clock.instant());
        if (requestId == null) {
            throw new QueueException.Forged();
        }
        return requestId;
    }

    private Optional<Ticket> byRequest(String requestId) {
        return em.createNamedQuery("Ticket.idByRequest", Long.class).setParameter("request", requestId)
                .getResultStream().findFirst().map(id -> em.find(Ticket.class, id));
    }

    private ServiceGroup.Terms group(String desk, String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new QueueException.UnknownGroup(String.valueOf(prefix).substring(0, Math.min(5, String.valueOf(prefix).length())));
        }
        return em.createNamedQuery("ServiceGroup.termsByPrefix", Object[].class).setParameter("desk", desk)
                .setParameter("prefix", prefix).getResultStream().map(ServiceGroup.Terms::of).filter(ServiceGroup.Terms::active)
                .findFirst().orElseThrow(() -> new QueueException.UnknownGroup(prefix));
    }

    private String priority(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createNamedQuery("ReferenceEntry.findByListAndCode", ReferenceEntry.class).setParameter("list", "PRIORITY")
                .setParameter("code", code).getResultStream().filter(ReferenceEntry::isActive).findFirst()
                .map(ReferenceEntry::getCode).orElseThrow(() -> new QueueException("queue.priority.unknown"));
    }
}
