package vn.motcua.catalog.boundary;

import java.io.Serializable;

/** A form a procedure uses (mẫu đơn, tờ khai), by its code and name. */
public record FormTemplateDto(String code, String name) implements Serializable {

    public FormTemplateDto {
        code = Values.text(code);
        name = Values.text(name);
    }
}
