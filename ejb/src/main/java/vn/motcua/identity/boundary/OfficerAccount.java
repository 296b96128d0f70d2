package vn.motcua.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.identity.control.PasswordHasher;
import vn.motcua.identity.control.PasswordPolicy;
import vn.motcua.identity.entity.Officer;
import vn.motcua.shared.boundary.BusinessException;

/** The signed-in officer's own account: profile and password change. */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK", "ADMIN", "PROVINCE"})
public class OfficerAccount {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    private final PasswordHasher hasher = new PasswordHasher();

    public OfficerProfileDto currentProfile() {
        Officer officer = current();
        return new OfficerProfileDto(officer.getUsername(), officer.getFullName(), officer.getAgency().getName(),
                officer.roles(),
                officer.getRoleAssignments().stream()
                        .map(RoleGrantDto::of).toList(),
                officer.isMustChangePassword());
    }

    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        Officer officer = current();
        if (currentPassword == null || !hasher.matches(currentPassword.toCharArray(), officer.getPassword())) {
            throw new BusinessException("password.currentWrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("password.confirmationDiffers");
        }
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("password.sameAsCurrent");
        }
        PasswordPolicy.check(officer.getUsername(), newPassword);
        officer.changePassword(hasher.hash(newPassword.toCharArray()));
        audit.record(officer.getUsername(), "PASSWORD_CHANGED", officer.getUsername(), null);
    }

    private Officer current() {
        String username = session.getCallerPrincipal().getName();
        return em.createNamedQuery("Officer.findByUsername", Officer.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("officer.unknown", username));
    }
}
