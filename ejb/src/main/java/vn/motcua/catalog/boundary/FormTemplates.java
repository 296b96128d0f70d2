package vn.motcua.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.FormTemplateFile;
import vn.motcua.document.boundary.DocumentStore;
import vn.motcua.document.boundary.StoredFileDto;
import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.shared.boundary.BusinessException;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The files of the forms (mẫu đơn, tờ khai) that procedures name: uploaded by administrators (checked by
 * content: PDF, DOC, DOCX, XLS, XLSX), downloaded by everyone, including citizens.
 */
@Stateless
@PermitAll
public class FormTemplates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStore documents;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The forms of the release in force today, each with its current file if any. */
    public List<FormTemplateFileDto> inForce() {
        LocalDate today = LocalDate.now(clock);
        return new Releases(em).inForceOn(today).map(release -> em
                .createNamedQuery("Procedure.formsOfRelease", Object[].class).setParameter("release", release)
                .getResultStream()
                .map(row -> describe((String) row[0], (String) row[1]))
                .toList()).orElse(List.of());
    }

    @RolesAllowed("ADMIN")
    public FormTemplateFileDto upload(String formCode, String fileName, InputStream content) {
        FormTemplateFileDto form = inForce().stream().filter(f -> f.code().equals(formCode)).findFirst()
                .orElseThrow(() -> new BusinessException("formTemplate.unknown", String.valueOf(formCode)));
        StoredFileDto stored = documents.store(content, fileName, DocumentPurpose.FORM_TEMPLATE);
        em.persist(new FormTemplateFile(formCode, stored.id(), clock.instant(), session.getCallerPrincipal().getName()));
        return new FormTemplateFileDto(formCode, form.name(), stored.id(), stored.fileName(), clock.instant());
    }

    /** The current file of a form, to download. */
    public Optional<StoredFileDto> current(String formCode) {
        return newest(formCode).map(f -> documents.describe(f.getStoredFileId()));
    }

    public InputStream open(StoredFileDto file) {
        return documents.open(file.id());
    }

    private FormTemplateFileDto describe(String code, String name) {
        return newest(code)
                .map(f -> new FormTemplateFileDto(code, name, f.getStoredFileId(),
                        documents.describe(f.getStoredFileId()).fileName(), f.getUploadedAt()))
                .orElse(new FormTemplateFileDto(code, name, null, null, null));
    }

    private Optional<FormTemplateFile> newest(String code) {
        return em.createNamedQuery("FormTemplateFile.newestByCode", FormTemplateFile.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
