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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekly rest day worked in exchange for a working day given off next to a holiday (ngày làm
 * bù), as the Prime Minister's yearly notice allows, e.g. Saturday 04/05/2024 for Monday 29/04/2024.
 * The day is worked on the pattern of the weekday it replaces.
 */
@Entity
@Table(name = "make_up_workday")
@NamedQuery(name = "MakeUpWorkday.findBetween",
        query = "SELECT m FROM MakeUpWorkday m WHERE m.date BETWEEN :from AND :to ORDER BY m.date")
@NamedQuery(name = "MakeUpWorkday.findByDate", query = "SELECT m FROM MakeUpWorkday m WHERE m.date = :date")
public class MakeUpWorkday {

    @Id
    @SequenceGenerator(name = "make_up_workday_seq", sequenceName = "make_up_workday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "make_up_workday_seq")
    private Long id;

    @Column(name = "work_date", nullable = false, unique = true, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String name;

    /** The weekday whose working periods apply on this day. */
    @Enumerated(EnumType.STRING)
    @Column(name = "works_as", nullable = false, length = 9)
    private DayOfWeek worksAs;

    @Version
    private long version;

    protected MakeUpWorkday() {
    }

    public MakeUpWorkday(LocalDate date, String name, DayOfWeek worksAs) {
        this.date = Objects.requireNonNull(date, "date");
        if (!isWeekend(date.getDayOfWeek())) {
            throw new IllegalArgumentException("a make-up workday replaces a Saturday or Sunday, not " + date);
        }
        if (worksAs == null || isWeekend(worksAs)) {
            throw new IllegalArgumentException("a make-up workday is worked as a weekday (Monday to Friday)");
        }
        this.name = Holiday.requireName(name);
        this.worksAs = worksAs;
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public void rename(String newName) {
        this.name = Holiday.requireName(newName);
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

    public DayOfWeek getWorksAs() {
        return worksAs;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MakeUpWorkday day && date.equals(day.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }

    @Override
    public String toString() {
        return date + " " + name + " (" + worksAs + ")";
    }
}
