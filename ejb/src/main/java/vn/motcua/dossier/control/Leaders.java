package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.entity.Role;
import vn.motcua.identity.entity.RoleAssignment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The leaders over an agency: those holding LEADER there or at any agency above it. Read once per use. */
public final class Leaders {

    private final List<RoleAssignment> leaderships;
    private final Map<Long, Set<String>> byAgency = new HashMap<>();

    public Leaders(EntityManager em) {
        this.leaderships = em.createQuery("SELECT r FROM RoleAssignment r JOIN FETCH r.officer WHERE r.role = :role",
                RoleAssignment.class).setParameter("role", Role.LEADER).getResultList();
    }

    public Set<String> of(Agency agency) {
        return byAgency.computeIfAbsent(agency.getId(), id -> {
            Set<String> usernames = new LinkedHashSet<>();
            for (Agency at = agency; at != null; at = at.getParent()) {
                Long atId = at.getId();
                leaderships.stream().filter(r -> r.getAgency().getId().equals(atId))
                        .forEach(r -> usernames.add(r.getOfficer().getUsername()));
            }
            return usernames;
        });
    }
}
