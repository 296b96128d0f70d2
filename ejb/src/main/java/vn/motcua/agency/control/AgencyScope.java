package vn.motcua.agency.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.Role;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an officer may act in a role: the agencies where they hold it and everything below them in
 * the tree (an administrator of a district manages its departments and communes, not the province).
 * One agency is checked by walking up from it; the whole subtree is read, as id pairs, only when a
 * query needs the list, so that a province's agencies never fill the persistence context.
 */
public class AgencyScope {

    private final EntityManager em;
    private final Set<Long> roots;
    private Set<Long> agencyIds;

    private AgencyScope(EntityManager em, Set<Long> roots) {
        this.em = em;
        this.roots = roots;
    }

    public static AgencyScope of(EntityManager em, Officer officer, Role role) {
        return new AgencyScope(em, officer.getRoleAssignments().stream()
                .filter(r -> r.getRole() == role)
                .map(r -> r.getAgency().getId())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The scope of the officer signed in under that name; none at all for an unknown name. */
    public static AgencyScope of(EntityManager em, String username, Role role) {
        return new AgencyScope(em, Set.copyOf(em.createNamedQuery("RoleAssignment.agencyIdsOf", Long.class)
                .setParameter("username", username).setParameter("role", role).getResultList()));
    }

    /** The scope below the agencies where the officer holds the role, their ids read by the caller. */
    public static AgencyScope rootedAt(EntityManager em, Set<Long> roots) {
        return new AgencyScope(em, Set.copyOf(roots));
    }

    /** The agencies reached from the roots through the (child id, parent id) pairs of the tree. */
    public static Set<Long> subtrees(List<Object[]> childAndParentIds, Set<Long> roots) {
        Map<Long, Set<Long>> children = new HashMap<>();
        for (Object[] pair : childAndParentIds) {
            if (pair[1] != null) {
                children.computeIfAbsent((Long) pair[1], k -> new HashSet<>()).add((Long) pair[0]);
            }
        }
        Set<Long> reached = new HashSet<>(roots);
        Deque<Long> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            for (Long child : children.getOrDefault(pending.pop(), Set.of())) {
                if (reached.add(child)) {
                    pending.push(child);
                }
            }
        }
        return reached;
    }

    public boolean covers(Agency agency) {
        for (Agency at = agency; at != null; at = at.getParent()) {
            if (roots.contains(at.getId())) {
                return true;
            }
        }
        return false;
    }

    public Set<Long> agencyIds() {
        if (agencyIds == null) {
            agencyIds = roots.isEmpty() ? Set.of() : Set.copyOf(subtrees(em.createNamedQuery("Agency.parentLinks",
                    Object[].class).getResultList(), roots));
        }
        return agencyIds;
    }
}
