package vn.motcua.chat.control;

import jakarta.persistence.EntityManager;
import vn.motcua.dossier.control.DossierVisibility;
import vn.motcua.dossier.entity.Dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which dossier codes written in a message each reader may open: existing dossiers within their agencies. */
public class DossierLinks {

    private final EntityManager em;

    public DossierLinks(EntityManager em) {
        this.em = em;
    }

    /** Reader → codes; readers with none are left out. Costs nothing for a message without a code. */
    public Map<String, List<String>> forReaders(String body, Collection<String> readers) {
        List<Dossier> dossiers = MessageMarkup.codesIn(body).stream()
                .flatMap(code -> em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                        .getResultStream().limit(1))
                .toList();
        Map<String, List<String>> links = new HashMap<>();
        if (dossiers.isEmpty()) {
            return links;
        }
        for (String reader : readers) {
            DossierVisibility visibility = new DossierVisibility(em, reader);
            List<String> visible = dossiers.stream().filter(d -> !visibility.isEmpty() && visibility.canSee(em, d))
                    .map(d -> d.getCode().value()).toList();
            if (!visible.isEmpty()) {
                links.put(reader, visible);
            }
        }
        return links;
    }
}
