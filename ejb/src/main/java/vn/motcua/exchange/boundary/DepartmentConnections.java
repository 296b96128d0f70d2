package vn.motcua.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.exchange.control.ExchangeQueues;
import vn.motcua.exchange.entity.ExchangeLink;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.PasswordHash;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Which departments run a connected system, set by an administrator within their agencies. Connecting
 * needs the department's queues on the broker (configure.cli declares them with the department's
 * broker account); it also gives the system officer {@value DepartmentUpdates#SYSTEM_OFFICER}, who
 * can never sign in, the step roles in that department, so its updates pass the staff rules.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DepartmentConnections {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<DepartmentLinkDto> departments() {
        AgencyScope scope = AgencyScope.of(em, admin(), Role.ADMIN);
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(a -> a.getKind() == AgencyKind.DEPARTMENT && a.getActiveUntil() == null && scope.covers(a))
                .map(this::describe).toList();
    }

    public void connect(String agencyCode) {
        Agency agency = inScope(agencyCode);
        if (waiting(agencyCode) < 0) {
            throw new BusinessException("exchange.queuesMissing", ExchangeQueues.outbound(agencyCode));
        }
        ExchangeLink link = em.find(ExchangeLink.class, agencyCode);
        if (link == null) {
            em.persist(new ExchangeLink(agencyCode, admin(), clock.instant()));
        } else {
            link.connect(admin(), clock.instant());
        }
        Officer system = systemOfficer(agency);
        system.grant(Role.SPECIALIST, agency);
        system.grant(Role.LEADER, agency);
        audit.record(admin(), "EXCHANGE_CONNECTED", agencyCode, ExchangeQueues.outbound(agencyCode));
    }

    public void disconnect(String agencyCode) {
        Agency agency = inScope(agencyCode);
        ExchangeLink link = em.find(ExchangeLink.class, agencyCode);
        if (link != null) {
            link.disconnect(admin(), clock.instant());
            Officer system = systemOfficer(agency);
            system.revoke(Role.SPECIALIST, agency);
            system.revoke(Role.LEADER, agency);
            audit.record(admin(), "EXCHANGE_DISCONNECTED", agencyCode, null);
        }
    }

    private DepartmentLinkDto describe(Agency agency) {
        ExchangeLink link = em.find(ExchangeLink.class, agency.getCode());
        int waiting = waiting(agency.getCode());
        return new DepartmentLinkDto(agency.getCode(), agency.getName(), link != null && link.isConnected(),
                waiting >= 0, Math.max(waiting, 0), link == null ? null : link.getChangedBy(),
                link == null ? null : link.getChangedAt());
    }

    /** Forwards waiting unread in the department's outbound queue, or -1 when the queue does not exist. */
    private int waiting(String agencyCode) {
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(ExchangeQueues.outbound(agencyCode)))) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException | JMSRuntimeException missing) {
            return -1;
        }
    }

    private Agency inScope(String agencyCode) {
        Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", agencyCode)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("agency.outOfScope", agencyCode));
        if (agency.getKind() != AgencyKind.DEPARTMENT || !AgencyScope.of(em, admin(), Role.ADMIN).covers(agency)) {
            throw new BusinessException("agency.outOfScope", agencyCode);
        }
        return agency;
    }

    private Officer systemOfficer(Agency agency) {
        return em.createNamedQuery("Officer.findByUsername", Officer.class)
                .setParameter("username", DepartmentUpdates.SYSTEM_OFFICER).getResultStream().findFirst().orElseGet(() -> {
                    byte[] random = new byte[24];
                    new SecureRandom().nextBytes(random);
                    String unusable = Base64.getEncoder().encodeToString(random);
                    // a disabled account with a hash no password produces: the realm never signs it in
                    Officer created = new Officer(DepartmentUpdates.SYSTEM_OFFICER, "Hệ thống liên thông chuyên ngành",
                            agency.getParent() == null ? agency : agency.getParent(),
                            new PasswordHash(unusable, unusable, 10));
                    created.disable();
                    em.persist(created);
                    return created;
                });
    }

    private String admin() {
        return session.getCallerPrincipal().getName();
    }
}
