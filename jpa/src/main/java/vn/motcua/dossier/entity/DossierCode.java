package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mã hồ sơ, the dossier's business key, e.g. 000.01.19.H21-260302-0001 (Circular 01/2018/TT-VPCP
 * Art. 19). The pattern that builds it is configurable, so only its alphabet is checked here.
 */
@Embeddable
public class DossierCode implements Serializable {

    public static final int LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]*");

    @Column(name = "code", nullable = false, length = LENGTH)
    private String value;

    protected DossierCode() {
    }

    public DossierCode(String value) {
        if (value == null || value.length() > LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a dossier code is letters, digits, dots and dashes, at most 60");
        }
        this.value = value;
    }

    /** A unique placeholder a dossier carries between its insert and its number (Dossier.assignCode). */
    static DossierCode standIn() {
        return new DossierCode("pending-" + UUID.randomUUID().toString().replace("-", ""));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DossierCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
