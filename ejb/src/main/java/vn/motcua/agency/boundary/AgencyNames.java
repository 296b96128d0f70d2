package vn.motcua.agency.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;

import java.util.Map;
import java.util.stream.Collectors;

/** Agency names by code, for anything that shows a code to a person (workflow steps, receipts). */
@Stateless
@PermitAll
public class AgencyNames {

    @PersistenceContext
    private EntityManager em;

    public Map<String, String> all() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::getCode, Agency::getName));
    }
}
