package vn.motcua.agency.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A numbered counter (quầy) of a one-stop desk, serving the fields (lĩnh vực) chosen for it. */
@Entity
@Table(name = "desk_counter")
@NamedQuery(name = "Counter.findByDesk", query = "SELECT c FROM Counter c WHERE c.desk.code = :desk ORDER BY c.number")
public class Counter {

    @Id
    @SequenceGenerator(name = "counter_seq", sequenceName = "counter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "desk_id")
    private Agency desk;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_counter_field", joinColumns = @JoinColumn(name = "counter_id"))
    @Column(name = "field_code", length = 20)
    private Set<String> fieldCodes = new TreeSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Counter() {
    }

    public Counter(Agency desk, int number, String name, Collection<String> fieldCodes) {
        if (desk.getKind() != AgencyKind.ONE_STOP_DESK && desk.getKind() != AgencyKind.SERVICE_CENTRE) {
            throw new IllegalArgumentException("counters belong to a one-stop desk or service centre");
        }
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("counter numbers run from 1 to 999");
        }
        this.desk = desk;
        this.number = number;
        rename(name);
        serve(fieldCodes);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        this.name = newName.strip();
    }

    /** The fields this counter receives dossiers for; at least one. */
    public final void serve(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a counter serves at least one field");
        }
        fieldCodes.clear();
        codes.forEach(code -> fieldCodes.add(Objects.requireNonNull(code)));
    }

    public boolean serves(String fieldCode) {
        return active && fieldCodes.contains(fieldCode);
    }

    public void close() {
        active = false;
    }

    public void reopen() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public Agency getDesk() {
        return desk;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public Set<String> getFieldCodes() {
        return Set.copyOf(fieldCodes);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
