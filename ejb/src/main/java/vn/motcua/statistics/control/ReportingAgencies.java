package vn.motcua.statistics.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.statistics.boundary.AgencyChoiceDto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency tree as the reports see it: an agency's subtree (whose desks' dossiers it reports), the
 * agencies one may report on (all but departments, which receive no dossier), and who receives an
 * agency's report (its parent; the Government Office for a province).
 */
public final class ReportingAgencies {

    /** Văn phòng Chính phủ receives the provinces' reports (Circular 01/2020/TT-VPCP). */
    public static final String GOVERNMENT_OFFICE = "Văn phòng Chính phủ";

    private final EntityManager em;
    private final List<Object[]> links;
    private Map<Long, Agency> all;

    public ReportingAgencies(EntityManager em) {
        this.em = em;
        this.links = em.createNamedQuery("Agency.parentLinks", Object[].class).getResultList();
    }

    public Set<Long> subtree(long agencyId) {
        return AgencyScope.subtrees(links, Set.of(agencyId));
    }

    public String receiverOf(Agency agency) {
        return agency.getParent() == null ? GOVERNMENT_OFFICE : agency.getParent().getName();
    }

    /**
     * An agency of the tree, read with all the others once: a caller that walks the tree (the provincial
     * job's roll-up) finds each without a query of its own, in or out of a transaction.
     */
    public Agency agency(long id) {
        if (all == null) {
            all = new HashMap<>();
            em.createNamedQuery("Agency.findAll", Agency.class).getResultList().forEach(a -> all.put(a.getId(), a));
        }
        return all.get(id);
    }

    /** The reporting agencies within a scope, each under its parent, in tree order. */
    public List<AgencyChoiceDto> within(Set<Long> scope) {
        Map<Long, Agency> agencies = new HashMap<>();
        for (Long id : scope) {
            Agency agency = agency(id);
            if (agency != null && agency.getKind() != AgencyKind.DEPARTMENT) {
                agencies.put(id, agency);
            }
        }
        List<AgencyChoiceDto> ordered = new ArrayList<>();
        agencies.values().stream().filter(a -> a.getParent() == null || !agencies.containsKey(a.getParent().getId()))
                .sorted(Comparator.comparing(Agency::getCode))
                .forEach(root -> add(root, 0, agencies, ordered));
        return ordered;
    }

    private static void add(Agency agency, int depth, Map<Long, Agency> agencies, List<AgencyChoiceDto> ordered) {
        ordered.add(new AgencyChoiceDto(agency.getId(), agency.getCode(), agency.getName(), depth));
        agencies.values().stream().filter(a -> a.getParent() != null && a.getParent().getId().equals(agency.getId()))
                .sorted(Comparator.comparing(Agency::getCode))
                .forEach(child -> add(child, depth + 1, agencies, ordered));
    }
}
