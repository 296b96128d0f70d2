package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.shared.entity.ReferenceData;

import java.util.regex.Pattern;

/**
 * Lĩnh vực: the subject area a procedure belongs to (đất đai, hộ tịch …). Reference data shared by
 * every release, so that queues, counters and the II.06a report group by the same fields over time.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_field")
@NamedQuery(name = "Field.findAll", query = "SELECT f FROM Field f ORDER BY f.code")
@NamedQuery(name = "Field.findByCode", query = "SELECT f FROM Field f WHERE f.code = :code")
public class Field {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 255;
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_.-]{1," + CODE_LENGTH + "}");

    @Id
    @SequenceGenerator(name = "catalog_field_seq", sequenceName = "catalog_field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_field_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Version
    private long version;

    protected Field() {
    }

    public Field(String code, String name) {
        this.code = Texts.require(code, "code");
        if (!CODE.matcher(this.code).matches()) {
            throw new IllegalArgumentException("a field code is upper-case letters, digits, _ . -");
        }
        this.name = Texts.require(name, "name");
    }

    public void rename(String newName) {
        this.name = Texts.require(newName, "name");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Field field && code.equals(field.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
