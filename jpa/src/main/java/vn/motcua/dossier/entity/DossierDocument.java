package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.motcua.catalog.entity.DocumentForm;

import java.time.Instant;
import java.util.Objects;

/**
 * A paper or file that belongs to a dossier: a document ticked on the checklist at reception (with
 * its scan, if any), a supplement brought later, a working paper of a department, or the result.
 * Rows are only added: nothing handed in is ever taken out of the record.
 */
@Entity
@Table(name = "dossier_document")
@NamedQuery(name = "DossierDocument.ofDossier", query = "SELECT d FROM DossierDocument d WHERE d.dossier = :dossier"
        + " ORDER BY d.addedAt, d.id")
public class DossierDocument {

    /** FORM: a paper the office issued (forms 02–04), kept as printed. */
    public enum Kind { SUBMITTED, SUPPLEMENT, WORKING, RESULT, FORM }

    @Id
    @SequenceGenerator(name = "dossier_document_seq", sequenceName = "dossier_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_document_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 500, updatable = false)
    private String name;

    /** Original, copy or certified copy, for papers the applicant handed in; none for the office's own. */
    @Enumerated(EnumType.STRING)
    @Column(name = "document_form", length = 20, updatable = false)
    private DocumentForm form;

    @Column(nullable = false, updatable = false)
    private int copies;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(name = "stored_file_id", updatable = false)
    private Long storedFileId;

    @Column(name = "added_by", nullable = false, length = 60, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected DossierDocument() {
    }

    public DossierDocument(Dossier dossier, Kind kind, String name, DocumentForm form, int copies, int step,
                           Long storedFileId, String addedBy, Instant addedAt) {
        if (copies < 1) {
            throw new DossierRuleException("dossier.document.copiesInvalid", name);
        }
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.form = form;
        this.copies = copies;
        this.step = step;
        this.storedFileId = storedFileId;
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public Long getId() { return id; }
    public Dossier getDossier() { return dossier; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public DocumentForm getForm() { return form; }
    public int getCopies() { return copies; }
    public int getStep() { return step; }
    public Long getStoredFileId() { return storedFileId; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
