package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One uploaded file of a form; the newest upload of a code is the one people download. */
@Entity
@Table(name = "form_template_file")
@NamedQuery(name = "FormTemplateFile.newestByCode",
        query = "SELECT f FROM FormTemplateFile f WHERE f.formCode = :code ORDER BY f.uploadedAt DESC, f.id DESC")
@NamedQuery(name = "FormTemplateFile.codesWithFiles", query = "SELECT DISTINCT f.formCode FROM FormTemplateFile f")
public class FormTemplateFile {

    @Id
    @SequenceGenerator(name = "form_template_file_seq", sequenceName = "form_template_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_template_file_seq")
    private Long id;

    @Column(name = "form_code", nullable = false, length = FormTemplateReference.CODE_LENGTH)
    private String formCode;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected FormTemplateFile() {
    }

    public FormTemplateFile(String formCode, long storedFileId, Instant uploadedAt, String uploadedBy) {
        this.formCode = Objects.requireNonNull(formCode);
        this.storedFileId = storedFileId;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
    }

    public String getFormCode() {
        return formCode;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
