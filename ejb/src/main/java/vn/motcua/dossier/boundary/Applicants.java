package vn.motcua.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.entity.Applicant;

import java.util.Optional;

/**
 * Registers an applicant the first time they come, in a transaction of its own: two desks receiving
 * for the same new person at the same moment both end up with the one row (the loser of the insert
 * race finds the winner's), instead of one reception failing on the unique identity number.
 */
@Stateless
@PermitAll
public class Applicants {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long register(Applicant.Kind kind, String name, Applicant.IdKind idKind, String idNumber,
                         String phone, String email, String address) {
        return find(idNumber).orElseGet(() -> {
            Applicant created = new Applicant(kind, name, idKind, idNumber);
            created.updateContact(phone, email, address);
            em.persist(created);
            em.flush();
            return created.getId();
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> find(String idNumber) {
        return em.createNamedQuery("Applicant.findByIdNumber", Applicant.class).setParameter("idNumber", idNumber)
                .getResultStream().findFirst().map(Applicant::getId);
    }
}
