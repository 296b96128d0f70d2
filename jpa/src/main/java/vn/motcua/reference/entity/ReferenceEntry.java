package vn.motcua.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a reference list. Entries are deactivated, never deleted: records that used a code
 * keep showing its name.
 */
@Entity
@Table(name = "reference_entry")
@NamedQuery(name = "ReferenceEntry.findByList",
        query = "SELECT e FROM ReferenceEntry e WHERE e.list.code = :list ORDER BY e.sortOrder, e.code")
@NamedQuery(name = "ReferenceEntry.findByListAndCode",
        query = "SELECT e FROM ReferenceEntry e WHERE e.list.code = :list AND e.code = :code")
public class ReferenceEntry {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    @Id
    @SequenceGenerator(name = "reference_entry_seq", sequenceName = "reference_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "list_code")
    private ReferenceList list;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected ReferenceEntry() {
    }

    public ReferenceEntry(ReferenceList list, String code, String name, int sortOrder) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 1-40 of A-Z, 0-9, _");
        }
        this.list = Objects.requireNonNull(list);
        this.code = code;
        rename(name);
        this.sortOrder = sortOrder;
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        this.name = newName.strip();
    }

    public void moveTo(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public ReferenceList getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
