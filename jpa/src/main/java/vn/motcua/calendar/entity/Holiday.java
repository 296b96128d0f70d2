package vn.motcua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off for every agency: a public holiday of Labour Code 2019 Art. 112 on the day the Prime
 * Minister's yearly notice fixes, or a compensatory day off. Holidays are national, so they belong to
 * no particular working calendar. Ordinary weekly rest days inside a break are not listed.
 */
@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.findBetween",
        query = "SELECT h FROM Holiday h WHERE h.date BETWEEN :from AND :to ORDER BY h.date")
@NamedQuery(name = "Holiday.findByDate", query = "SELECT h FROM Holiday h WHERE h.date = :date")
public class Holiday {

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @Column(name = "off_date", nullable = false, unique = true, updatable = false)
    private LocalDate date;

    /** What staff and citizens read, e.g. "Tết Nguyên đán Bính Ngọ". */
    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HolidayKind kind;

    @Version
    private long version;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name, HolidayKind kind) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name that people can read is required");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Holiday holiday && date.equals(holiday.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }

    @Override
    public String toString() {
        return date + " " + name;
    }
}
