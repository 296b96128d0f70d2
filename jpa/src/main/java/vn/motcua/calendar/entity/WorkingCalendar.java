package vn.motcua.calendar.entity;

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
import vn.motcua.agency.entity.Agency;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The office hours of the week. Without an agency it is the national default; a province or an
 * agency sets its own hours (the 40-hour week of Decision 188/1999/QĐ-TTg leaves the clock times to
 * them), and an agency without one uses its nearest ancestor's. Identified by a code: the agency's
 * code, or {@value #NATIONAL_CODE} for the national default, so that each has at most one.
 */
@Entity
@Table(name = "working_calendar")
@NamedQuery(name = "WorkingCalendar.findByCode", query = "SELECT c FROM WorkingCalendar c WHERE c.code = :code")
@NamedQuery(name = "WorkingCalendar.findByAgency", query = "SELECT c FROM WorkingCalendar c WHERE c.agency = :agency")
public class WorkingCalendar {

    public static final String NATIONAL_CODE = "VN";

    @Id
    @SequenceGenerator(name = "working_calendar_seq", sequenceName = "working_calendar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_calendar_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", unique = true, updatable = false)
    private Agency agency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_period", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<WorkingPeriod> periods = new ArrayList<>();

    @Version
    private long version;

    protected WorkingCalendar() {
    }

    private WorkingCalendar(String code, String name, Agency agency) {
        this.code = code;
        this.name = Holiday.requireName(name);
        this.agency = agency;
    }

    public static WorkingCalendar national(String name) {
        return new WorkingCalendar(NATIONAL_CODE, name, null);
    }

    public static WorkingCalendar forAgency(Agency agency, String name) {
        Objects.requireNonNull(agency, "agency");
        return new WorkingCalendar(agency.getCode(), name, agency);
    }

    /** Adds office hours on a day of the week; periods of one day may not overlap. */
    public void workOn(DayOfWeek day, LocalTime from, LocalTime to) {
        WorkingPeriod period = new WorkingPeriod(day, from, to);
        periods.stream().filter(period::overlaps).findAny().ifPresent(clash -> {
            throw new IllegalArgumentException(period + " overlaps " + clash);
        });
        periods.add(period);
    }

    /** Makes a day of the week a weekly rest day. */
    public void restOn(DayOfWeek day) {
        periods.removeIf(p -> p.getDayOfWeek() == day);
    }

    public void rename(String newName) {
        this.name = Holiday.requireName(newName);
    }

    public boolean isNational() {
        return agency == null;
    }

    /** The periods of the week, Monday first and in time order within a day. */
    public List<WorkingPeriod> getWorkingPeriods() {
        return periods.stream().sorted(WorkingPeriod.IN_WEEK_ORDER).toList();
    }

    public List<WorkingPeriod> periodsOn(DayOfWeek day) {
        return getWorkingPeriods().stream().filter(p -> p.getDayOfWeek() == day).toList();
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

    public Agency getAgency() {
        return agency;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WorkingCalendar calendar && code.equals(calendar.code);
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
