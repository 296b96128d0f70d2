package vn.motcua.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.document.boundary.DocumentStore;
import vn.motcua.document.boundary.StoredFileDto;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.exchange.control.DownloadLinks;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * The papers of a forwarded dossier, for the department system holding a link from its forward: the
 * link's token must be valid and unexpired, and the department must hold (or have held) a step of
 * that dossier. Anything else looks the same as a paper that does not exist.
 */
@Stateless
@PermitAll
public class ExchangeDocuments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStore store;

    @Inject
    private Clock clock;

    public Optional<StoredFileDto> describe(long documentId, String agencyCode, long expires, String token) {
        if (!DownloadLinks.valid(documentId, agencyCode, expires, token, clock.instant())) {
            return Optional.empty();
        }
        DossierDocument document = em.find(DossierDocument.class, documentId);
        if (document == null || document.getStoredFileId() == null) {
            return Optional.empty();
        }
        boolean heldThere = em.createNamedQuery("DossierTask.ofDossier", DossierTask.class)
                .setParameter("dossier", document.getDossier()).getResultStream()
                .anyMatch(t -> t.getAgency().getCode().equals(agencyCode));
        return heldThere ? Optional.of(store.describe(document.getStoredFileId())) : Optional.empty();
    }

    /** The caller closes the stream; only after {@link #describe} allowed it. */
    public InputStream open(StoredFileDto file) {
        return store.open(file.id());
    }
}
