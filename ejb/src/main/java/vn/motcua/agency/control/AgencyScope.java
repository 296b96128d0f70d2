package vn.motcua.agency.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.Role;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an officer may act in a role: the agencies where they hold it and everything below them in
 * the tree (an administrator of a district manages its departments and communes, not the province).
 */
public class AgencyScope {

    private final Set<Long> agencyIds;

    private AgencyScope(Set<Long> agencyIds) {
        this.agencyIds = agencyIds;
    }

    public static AgencyScope of(EntityManager em, Officer officer, Role role) {
        List<Agency> all = em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
        Set<Long> roots = new HashSet<>();
        officer.getRoleAssignments().stream()
                .filter(r -> r.getRole() == role)
                .forEach(r -> roots.add(r.getAgency().getId()));
        return new AgencyScope(subtrees(all, roots));
    }

    /** The scope of the officer signed in under that name; none at all for an unknown name. */
    public static AgencyScope of(EntityManager em, String username, Role role) {
        return em.createNamedQuery("Officer.findByUsername", Officer.class).setParameter("username", username)
                .getResultStream().findFirst()
                .map(officer -> of(em, officer, role))
                .orElseGet(() -> new AgencyScope(Set.of()));
    }

    static Set<Long> subtrees(Collection<Agency> all, Set<Long> roots) {
        Map<Long, Set<Long>> children = new HashMap<>();
        for (Agency agency : all) {
            if (agency.getParent() != null) {
                children.computeIfAbsent(agency.getParent().getId(), k -> new HashSet<>()).add(agency.getId());
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
        return agency != null && agencyIds.contains(agency.getId());
    }

    public Set<Long> agencyIds() {
        return Set.copyOf(agencyIds);
    }
}
