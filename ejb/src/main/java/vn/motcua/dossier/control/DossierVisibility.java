package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.identity.entity.Role;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which dossiers and tasks an officer may see: those received at a desk, or handled by a department,
 * within the agencies where the officer holds a staff role. Leaders see every task of their
 * departments; others the tasks of their own role there.
 */
public final class DossierVisibility {

    static final List<Role> STAFF = List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);

    /**
     * A JPQL condition on the dossier alias {@code d}: received at a desk of the agencies in the
     * parameter {@code scope}, or with a task, open or closed, in one of them.
     */
    public static final String DOSSIER_IN_SCOPE = "(d.desk.id IN :scope OR EXISTS (SELECT t.id FROM DossierTask t"
            + " WHERE t.dossier = d AND t.agency.id IN :scope))";

    private final Map<Role, Set<Long>> byRole = new EnumMap<>(Role.class);
    private final Set<Long> any = new HashSet<>();

    public DossierVisibility(EntityManager em, String officer) {
        for (Role role : STAFF) {
            Set<Long> ids = AgencyScope.of(em, officer, role).agencyIds();
            byRole.put(role, ids);
            any.addAll(ids);
        }
    }

    public Set<Long> agencies() {
        return Set.copyOf(any);
    }

    public boolean isEmpty() {
        return any.isEmpty();
    }

    public boolean canSee(EntityManager em, Dossier dossier) {
        if (any.contains(dossier.getDesk().getId())) {
            return true;
        }
        return !any.isEmpty() && em.createQuery("SELECT COUNT(t) FROM DossierTask t WHERE t.dossier = :dossier"
                        + " AND t.agency.id IN :agencies", Long.class).setParameter("dossier", dossier)
                .setParameter("agencies", any).getSingleResult() > 0;
    }

    /**
     * A JPQL condition on the task alias {@code t} limiting tasks to those this officer may work on;
     * {@link #bindTasks} fills in its parameters.
     */
    public String taskCondition() {
        StringBuilder condition = new StringBuilder("(t.agency.id IN :scopeLEADER");
        for (Role role : STAFF) {
            if (role != Role.LEADER) {
                condition.append(" OR (t.role = :role").append(role.name()).append(" AND t.agency.id IN :scope")
                        .append(role.name()).append(')');
            }
        }
        return condition.append(')').toString();
    }

    public <T> TypedQuery<T> bindTasks(TypedQuery<T> query) {
        for (Role role : STAFF) {
            // an empty IN list is not valid SQL everywhere: -1 is no agency's id
            Set<Long> ids = byRole.get(role).isEmpty() ? Set.of(-1L) : byRole.get(role);
            query.setParameter("scope" + role.name(), ids);
            if (role != Role.LEADER) {
                query.setParameter("role" + role.name(), role);
            }
        }
        return query;
    }
}
