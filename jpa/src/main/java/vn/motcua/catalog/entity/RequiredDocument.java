package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.shared.entity.ReferenceData;

import java.util.Objects;

/**
 * Thành phần hồ sơ: one item the applicant hands in. Conditional items (e.g. "Văn bản ủy quyền,
 * trường hợp nộp thay") carry the condition; items without one are always required. An entity, so
 * that a dossier's checklist can point at the item it received.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_required_document")
public class RequiredDocument {

    public static final int NAME_LENGTH = 1000;
    public static final int CONDITION_LENGTH = 1000;
    public static final int MAX_COPIES = 99;

    @Id
    @SequenceGenerator(name = "catalog_required_document_seq", sequenceName = "catalog_required_document_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_required_document_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_form", nullable = false, length = 20)
    private DocumentForm form;

    @Column(nullable = false)
    private int copies;

    @Column(name = "condition_text", length = CONDITION_LENGTH)
    private String condition;

    @Column(name = "template_code", length = FormTemplateReference.CODE_LENGTH)
    private String templateCode;

    protected RequiredDocument() {
    }

    RequiredDocument(Procedure procedure, int position, String name, DocumentForm form, int copies, String condition,
                     String templateCode) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 1 and " + MAX_COPIES);
        }
        this.procedure = procedure;
        this.position = position;
        this.name = Texts.require(name, "name");
        this.form = Objects.requireNonNull(form, "form");
        this.copies = copies;
        this.condition = Texts.optional(condition);
        this.templateCode = Texts.optional(templateCode);
    }

    public boolean isMandatory() {
        return condition == null;
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public DocumentForm getForm() {
        return form;
    }

    public int getCopies() {
        return copies;
    }

    public String getCondition() {
        return condition;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RequiredDocument document && position == document.position
                && procedure.equals(document.procedure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(procedure.getCode(), position);
    }

    @Override
    public String toString() {
        return position + ". " + name;
    }
}
