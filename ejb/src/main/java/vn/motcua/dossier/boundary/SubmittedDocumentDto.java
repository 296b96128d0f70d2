package vn.motcua.dossier.boundary;

import vn.motcua.catalog.entity.DocumentForm;

import java.util.Objects;

/** One line of the documents an applicant handed in, as the receipt (form 01) lists it, with its scan if any. */
public record SubmittedDocumentDto(String name, DocumentForm form, int count, FileUploadDto scan) {

    public SubmittedDocumentDto(String name, DocumentForm form, int count) {
        this(name, form, count, null);
    }

    public SubmittedDocumentDto {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        if (count < 1) {
            throw new IllegalArgumentException("A listed document is handed in at least once: " + count);
        }
    }
}
