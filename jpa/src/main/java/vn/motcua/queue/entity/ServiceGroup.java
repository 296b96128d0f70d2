package vn.motcua.queue.entity;

import jakarta.persistence.Cacheable;
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
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.agency.entity.Agency;
import vn.motcua.shared.entity.ReferenceData;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A line of the desk's queue (nhóm dịch vụ): a letter (A, B, …) that prefixes its daily numbers, the
 * fields it serves, when the kiosk issues numbers for it and how many a day at most. Read on every
 * ticket and changed a few times a year: kept in the shared cache like the agencies.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "queue_service_group")
@NamedQuery(name = "ServiceGroup.findByDesk",
        query = "SELECT g FROM ServiceGroup g WHERE g.desk.code = :desk ORDER BY g.prefix")
@NamedQuery(name = "ServiceGroup.findByPrefix",
        query = "SELECT g FROM ServiceGroup g WHERE g.desk.code = :desk AND g.prefix = :prefix")
@NamedQuery(name = "ServiceGroup.termsByPrefix", query = "SELECT g.id, g.prefix, g.name, g.opensAt, g.closesAt, g.dailyCap,"
        + " g.active FROM ServiceGroup g WHERE g.desk.code = :desk AND g.prefix = :prefix")
public class ServiceGroup {

    /**
     * What the kiosk needs of a group to issue a number, read as plain values (ServiceGroup.termsByPrefix):
     * building the entity from the shared cache locks its cache entry, and 64 kiosks on one group queue there.
     */
    public record Terms(long id, String prefix, String name, LocalTime opensAt, LocalTime closesAt, int dailyCap,
                        boolean active) {

        /** A row of ServiceGroup.termsByPrefix. */
        public static Terms of(Object[] row) {
            return new Terms((Long) row[0], (String) row[1], (String) row[2], (LocalTime) row[3], (LocalTime) row[4],
                    (Integer) row[5], (Boolean) row[6]);
        }

        /** Whether the kiosk issues numbers for the group at this time of day. */
        public boolean isOpenAt(LocalTime time) {
            return openAt(active, opensAt, closesAt, time);
        }

        /** The label of the group's number, as {@link ServiceGroup#label(int)}. */
        public String label(int number) {
            return ServiceGroup.label(prefix, number);
        }
    }

    @Id
    @SequenceGenerator(name = "queue_seq", sequenceName = "queue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queue_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "desk_id")
    private Agency desk;

    @Column(nullable = false, length = 1)
    private String prefix;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_service_group_field", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "field_code", length = 20)
    private Set<String> fieldCodes = new TreeSet<>();

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(name = "daily_cap", nullable = false)
    private int dailyCap;

    @Column(name = "returns_results", nullable = false)
    private boolean returnsResults;

    /** "1,2": only these counters serve the group; empty: every counter serving one of its fields. */
    @Column(name = "counter_numbers", length = 200)
    private String counterNumbers;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceGroup() {
    }

    public ServiceGroup(Agency desk, String prefix, String name, Collection<String> fieldCodes,
                        LocalTime opensAt, LocalTime closesAt, int dailyCap, boolean returnsResults) {
        if (prefix == null || !prefix.matches("[A-Z]")) {
            throw new IllegalArgumentException("a group's prefix is one capital letter");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        if (!opensAt.isBefore(closesAt) || dailyCap < 1 || dailyCap > 999) {
            throw new IllegalArgumentException("opening before closing, and 1-999 numbers a day");
        }
        this.desk = desk;
        this.prefix = prefix;
        this.name = name.strip();
        this.fieldCodes.addAll(fieldCodes);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.dailyCap = dailyCap;
        this.returnsResults = returnsResults;
    }

    /** Whether the kiosk issues numbers for this group at this time of day. */
    public boolean isOpenAt(LocalTime time) {
        return openAt(active, opensAt, closesAt, time);
    }

    private static boolean openAt(boolean active, LocalTime opensAt, LocalTime closesAt, LocalTime time) {
        return active && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public Terms terms() {
        return new Terms(id, prefix, name, opensAt, closesAt, dailyCap, active);
    }

    /** A counter serves this group when the group names it, or names none and the counter serves one of its fields. */
    public boolean servedBy(int counterNumber, Collection<String> counterFields) {
        if (counterNumbers != null && !counterNumbers.isBlank()) {
            return Arrays.stream(counterNumbers.split(",")).map(String::strip).anyMatch(n -> n.equals(String.valueOf(counterNumber)));
        }
        return counterFields.stream().anyMatch(fieldCodes::contains);
    }

    /** Reserves the group to these counters (none: by fields). */
    public void servedAt(Collection<Integer> numbers) {
        counterNumbers = numbers == null || numbers.isEmpty() ? null
                : numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Opening hours and cap, as an administrator or a test sets them. */
    public void schedule(LocalTime opens, LocalTime closes, int cap) {
        if (!opens.isBefore(closes) || cap < 1 || cap > 999) {
            throw new IllegalArgumentException("opening before closing, and 1-999 numbers a day");
        }
        this.opensAt = opens;
        this.closesAt = closes;
        this.dailyCap = cap;
    }

    /** The name the kiosk, the board and the ticket show. */
    public void rename(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        this.name = name.strip();
    }

    /** The fields whose counters serve the group (when it names no counters). */
    public void serveFields(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a group serves at least one field");
        }
        fieldCodes.clear();
        fieldCodes.addAll(codes);
    }

    /** Whether the kiosk offers the group at all (a closed group keeps its tickets and statistics). */
    public void activate(boolean active) {
        this.active = active;
    }

    /** The counters the group is reserved to, in order; empty when it goes by fields. */
    public List<Integer> getCounterNumbers() {
        return counterNumbers == null || counterNumbers.isBlank() ? List.of()
                : Arrays.stream(counterNumbers.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    public long getVersion() {
        return version;
    }

    /** "A012": the prefix and the day's number on three digits. */
    public String label(int number) {
        return label(prefix, number);
    }

    private static String label(String prefix, int number) {
        return prefix + String.format("%03d", number);
    }

    public Long getId() {
        return id;
    }

    public Agency getDesk() {
        return desk;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getName() {
        return name;
    }

    public Set<String> getFieldCodes() {
        return Set.copyOf(fieldCodes);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public int getDailyCap() {
        return dailyCap;
    }

    public boolean isReturnsResults() {
        return returnsResults;
    }

    public boolean isActive() {
        return active;
    }
}
