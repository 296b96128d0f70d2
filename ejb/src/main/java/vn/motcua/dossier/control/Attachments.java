package vn.motcua.dossier.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.document.boundary.DocumentStore;
import vn.motcua.document.boundary.StoredFileDto;
import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Files a dossier's papers in the caller's transaction, so an action that fails leaves no document behind. */
@Dependent
public class Attachments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStore store;

    public List<DossierDocument> add(Dossier dossier, DossierDocument.Kind kind, List<FileUploadDto> files, int step,
                                     String officer, Instant at) {
        DocumentPurpose purpose = kind == DossierDocument.Kind.RESULT ? DocumentPurpose.RESULT
                : kind == DossierDocument.Kind.FORM ? DocumentPurpose.ISSUED_FORM : DocumentPurpose.SCAN;
        List<DossierDocument> added = new ArrayList<>();
        for (FileUploadDto file : files == null ? List.<FileUploadDto>of() : files) {
            StoredFileDto stored = store.store(new ByteArrayInputStream(file.content()), file.fileName(), purpose);
            DossierDocument document = new DossierDocument(dossier, kind, stored.fileName(), null, 1, step,
                    stored.id(), officer, at);
            em.persist(document);
            added.add(document);
        }
        return added;
    }

    /** The checklist of form 01 as ticked at the desk, each line with its scan when one was attached. */
    public void submitted(Dossier dossier, List<SubmittedDocumentDto> documents, String officer, Instant at) {
        for (SubmittedDocumentDto line : documents == null ? List.<SubmittedDocumentDto>of() : documents) {
            Long scan = line.scan() == null ? null : store.store(new ByteArrayInputStream(line.scan().content()),
                    line.scan().fileName(), DocumentPurpose.SCAN).id();
            em.persist(new DossierDocument(dossier, DossierDocument.Kind.SUBMITTED, line.name(), line.form(),
                    line.count(), 1, scan, officer, at));
        }
    }

    /** The stored file ids, comma-separated, as the journal event records them. */
    public static String ids(List<DossierDocument> documents) {
        return documents.isEmpty() ? null : documents.stream().map(d -> String.valueOf(d.getStoredFileId()))
                .collect(Collectors.joining(","));
    }
}
