package vn.motcua.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.identity.control.PasswordHasher;
import vn.motcua.identity.control.PasswordPolicy;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

import java.util.List;

/**
 * Accounts managed by administrators, only within the agencies where they hold ADMIN (and below).
 * Officers are disabled, never deleted: dossiers and audit events keep their names.
 */
@Stateless
@RolesAllowed("ADMIN")
public class OfficerAdministration {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    private final PasswordHasher hasher = new PasswordHasher();

    public void open(NewOfficerDto request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            throw new BusinessException("officer.usernameInvalid");
        }
        if (request.fullName() == null || request.fullName().isBlank() || request.fullName().length() > 200
                || request.fullName().matches(".*[<>\"&].*")) {
            throw new BusinessException("officer.fullNameInvalid");
        }
        if (findOptional(username) != null) {
            throw new BusinessException("officer.usernameTaken", username);
        }
        if (request.role() == null) {
            throw new BusinessException("officer.roleRequired");
        }
        Agency agency = agencyInScope(request.agencyCode());
        PasswordPolicy.check(username, request.temporaryPassword());
        Officer officer = new Officer(username, request.fullName(), agency, hasher.hash(request.temporaryPassword().toCharArray()));
        officer.requirePasswordChange();
        officer.contactAt(request.email());
        officer.grant(request.role(), agency);
        em.persist(officer);
        audit.record(caller(), "OFFICER_OPENED", username, request.role() + " @ " + agency.getCode());
    }

    public void grant(String username, Role role, String agencyCode) {
        Officer officer = officerInScope(username);
        officer.grant(role, agencyInScope(agencyCode));
        audit.record(caller(), "ROLE_GRANTED", username, role + " @ " + agencyCode);
    }

    public void revoke(String username, Role role, String agencyCode) {
        Officer officer = officerInScope(username);
        officer.revoke(role, agencyInScope(agencyCode));
        audit.record(caller(), "ROLE_REVOKED", username, role + " @ " + agencyCode);
    }

    public void disable(String username) {
        if (username.equals(caller())) {
            throw new BusinessException("officer.cannotDisableSelf");
        }
        officerInScope(username).disable();
        audit.record(caller(), "OFFICER_DISABLED", username, null);
    }

    public void enable(String username) {
        officerInScope(username).enable();
        audit.record(caller(), "OFFICER_ENABLED", username, null);
    }

    public void resetPassword(String username, String temporaryPassword) {
        Officer officer = officerInScope(username);
        PasswordPolicy.check(username, temporaryPassword);
        officer.resetPassword(hasher.hash(temporaryPassword.toCharArray()));
        audit.record(caller(), "PASSWORD_RESET", username, null);
    }

    public void unlock(String username) {
        officerInScope(username).unlock();
        audit.record(caller(), "OFFICER_UNLOCKED", username, null);
    }

    public List<OfficerSummaryDto> officers() {
        AgencyScope scope = scope();
        return em.createQuery("SELECT o FROM Officer o WHERE o.agency.id IN :agencies ORDER BY o.username", Officer.class)
                .setParameter("agencies", scope.agencyIds())
                .getResultStream()
                .map(o -> new OfficerSummaryDto(o.getUsername(), o.getFullName(), o.getAgency().getName(),
                        o.getRoleAssignments().stream().map(RoleGrantDto::of).toList(),
                        o.isEnabled(), o.getLockedUntil(), o.isMustChangePassword(), o.getLastSignIn()))
                .toList();
    }

    /** The agencies the caller may place officers in, for choosing in a form. */
    public List<AgencyDto> agenciesInScope() {
        AgencyScope scope = scope();
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(scope::covers)
                .map(AgencyDto::of)
                .toList();
    }

    private Officer officerInScope(String username) {
        Officer officer = findOptional(username);
        if (officer == null || !scope().covers(officer.getAgency())) {
            throw new BusinessException("officer.unknown", username);
        }
        return officer;
    }

    private Agency agencyInScope(String code) {
        Agency agency = code == null ? null : em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (agency == null || !scope().covers(agency)) {
            throw new BusinessException("agency.outOfScope", code);
        }
        return agency;
    }

    private AgencyScope scope() {
        return AgencyScope.of(em, caller(), Role.ADMIN);
    }

    private Officer findOptional(String username) {
        return em.createNamedQuery("Officer.findByUsername", Officer.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
