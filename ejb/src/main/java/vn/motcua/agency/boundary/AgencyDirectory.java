package vn.motcua.agency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;

import java.util.List;

/** Reads the agency tree. */
@Stateless
public class AgencyDirectory {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({"ADMIN", "LEADER", "PROVINCE"})
    public List<AgencyDto> all() {
        return em.createQuery("SELECT a FROM Agency a LEFT JOIN FETCH a.parent ORDER BY a.code", Agency.class)
                .getResultStream()
                .map(AgencyDto::of)
                .toList();
    }
}
