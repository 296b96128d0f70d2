package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.DocumentForm;

import java.io.Serializable;

/**
 * An item of thành phần hồ sơ. Without a condition it is always required; with one, only when the
 * condition holds. The template, if any, is the code of one of the procedure's forms.
 */
public record RequiredDocumentDto(String name, DocumentForm form, Integer copies, String condition, String template)
        implements Serializable {

    public RequiredDocumentDto {
        name = Values.text(name);
        copies = copies == null ? Integer.valueOf(1) : copies;
        condition = Values.text(condition);
        template = Values.text(template);
    }

    public boolean mandatory() {
        return condition == null;
    }
}
