package vn.motcua.document.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.document.control.ContentAddressedFiles;
import vn.motcua.document.control.ContentInspector;
import vn.motcua.document.control.InspectedUpload;
import vn.motcua.document.control.UploadLimits;
import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.document.entity.StoredFile;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.DataDirectory;

import java.io.InputStream;
import java.time.Clock;

/**
 * Keeps uploaded files (form templates, dossier scans, results, chat attachments) after checking their
 * content, and gives them back. Open to every caller: the boundaries that take uploads (catalog,
 * reception, chat) decide who may file what.
 */
@Stateless
@PermitAll
public class DocumentStore {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private ContentAddressedFiles files;
    private ContentInspector inspector;

    @PostConstruct
    void locateFiles() {
        files = new ContentAddressedFiles(DataDirectory.resolve("files"));
        inspector = new ContentInspector(files.incoming(), UploadLimits.fromSystemProperties());
    }

    /** Does not close the stream; refuses with a BusinessException whose key starts with {@code document.}. */
    public StoredFileDto store(InputStream content, String originalName, DocumentPurpose purpose) {
        String actor = session.getCallerPrincipal().getName();
        try (InspectedUpload upload = inspector.inspect(content, originalName, purpose)) {
            // Kept before the row is written: should the transaction then roll back, the content stays on
            // disk unreferenced, which is harmless: it is named by its hash, so it can never be taken for
            // another file, and the same upload filed again simply finds it in place.
            files.keep(upload);
            StoredFile file = new StoredFile(upload.sha256(), upload.fileName(), upload.format(), upload.sizeBytes(),
                    purpose, clock.instant(), actor);
            em.persist(file);
            em.flush();
            audit.record(actor, "DOCUMENT_STORED", "stored-file/" + file.getId(),
                    file.getFileName() + " | " + purpose + " | " + file.getMediaType() + " | " + file.getSizeBytes()
                            + " bytes | sha256 " + file.getSha256());
            return StoredFileDto.of(file);
        }
    }

    /** The content of a kept file; the caller closes the stream. */
    public InputStream open(long id) {
        return files.open(find(id).getSha256());
    }

    public StoredFileDto describe(long id) {
        return StoredFileDto.of(find(id));
    }

    private StoredFile find(long id) {
        StoredFile file = em.find(StoredFile.class, id);
        if (file == null) {
            throw new BusinessException("document.notFound", id);
        }
        return file;
    }
}
