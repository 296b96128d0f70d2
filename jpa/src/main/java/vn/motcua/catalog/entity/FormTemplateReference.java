package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A form (mẫu đơn, tờ khai) a procedure uses, by the code its circular gives it, e.g. 04a/ĐK. */
@Embeddable
public class FormTemplateReference {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 500;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    protected FormTemplateReference() {
    }

    public FormTemplateReference(String code, String name) {
        this.code = Texts.require(code, "code");
        this.name = Texts.require(name, "name");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FormTemplateReference form && code.equals(form.code)
                && name.equals(form.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }
}
