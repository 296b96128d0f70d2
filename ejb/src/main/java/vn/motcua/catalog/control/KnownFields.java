package vn.motcua.catalog.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.catalog.entity.Field;
import vn.motcua.shared.boundary.BusinessException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Field codes an administrator chose for a counter or a queue group, checked against the catalog's fields. */
@Dependent
public class KnownFields {

    @PersistenceContext
    private EntityManager em;

    /**
     * The codes, at least one, all in the catalog; else refused with {@code requiredKey} (none chosen) or
     * catalog.field.unknown (the first code the catalog lacks).
     */
    public Set<String> of(List<String> codes, String requiredKey) {
        if (codes == null || codes.isEmpty()) {
            throw new BusinessException(requiredKey);
        }
        Set<String> known = em.createNamedQuery("Field.findAll", Field.class).getResultStream()
                .map(Field::getCode).collect(Collectors.toSet());
        codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new BusinessException("catalog.field.unknown", code);
        });
        return Set.copyOf(codes);
    }
}
