package vn.motcua.calendar.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyAdministration;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.calendar.boundary.CalendarAdministration;
import vn.motcua.calendar.boundary.DayOffDto;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.entity.HolidayKind;
import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** admin/calendar.xhtml: the yearly table of days off and make-up workdays, and a deadline calculator. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @Inject
    private CalendarAdministration administration;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private AgencyAdministration agencies;

    private String hoursAgency;
    private Map<DayOfWeek, String> hours;
    private List<AgencyDto> managedAgencies;

    private int year = LocalDate.now(Clocks.VIETNAM).getYear();
    private List<DayOffDto> days;
    private LocalDate date;
    private String name;
    private String kind = HolidayKind.PUBLIC_HOLIDAY.name();
    private LocalDateTime receivedAt = LocalDateTime.now(Clocks.VIETNAM).withSecond(0).withNano(0);
    private StatutoryDuration.Unit unit = StatutoryDuration.Unit.WORKING_DAYS;
    private BigDecimal amount = BigDecimal.ONE;
    private Instant due;

    public Map<DayOfWeek, String> getHours() {
        if (hours == null) {
            hours = new EnumMap<>(DayOfWeek.class);
            hours.putAll(administration.weeklyHours(hoursAgency));
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.putIfAbsent(day, "");
            }
        }
        return hours;
    }

    public void showHours() {
        hours = null;
    }

    public void saveHours() {
        try {
            administration.setWeeklyHours(hoursAgency, hours);
            FacesMessages.info("calendar.hoursSaved");
            hours = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public List<AgencyDto> getManagedAgencies() {
        if (managedAgencies == null) {
            managedAgencies = agencies.managed();
        }
        return managedAgencies;
    }

    public String getHoursAgency() {
        return hoursAgency;
    }

    public void setHoursAgency(String hoursAgency) {
        this.hoursAgency = hoursAgency;
    }

    public List<DayOffDto> getDays() {
        if (days == null) {
            days = administration.year(year);
        }
        return days;
    }

    public void showYear() {
        days = null;
    }

    public void add() {
        try {
            if (DayOffDto.MAKE_UP_WORKDAY.equals(kind)) {
                administration.addMakeUpWorkday(date, name);
            } else {
                administration.addDayOff(date, name, HolidayKind.valueOf(kind));
            }
            FacesMessages.info("calendar.saved");
            days = null;
            date = null;
            name = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void remove(DayOffDto day) {
        try {
            administration.remove(day.id(), day.kind());
            FacesMessages.info("calendar.removed");
            days = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void computeDue() {
        try {
            StatutoryDuration duration = switch (unit) {
                case WORKING_DAYS -> StatutoryDuration.workingDays(amount);
                case WORKING_HOURS -> StatutoryDuration.workingHours(amount);
                case SAME_DAY -> StatutoryDuration.sameDay(LocalTime.of(15, 0));
            };
            due = calendars.due(null, receivedAt.atZone(Clocks.VIETNAM).toInstant(), duration);
        } catch (IllegalArgumentException e) {
            due = null;
            FacesMessages.error("calendar.durationInvalid");
        }
    }

    public HolidayKind[] getHolidayKinds() {
        return HolidayKind.values();
    }

    public StatutoryDuration.Unit[] getUnits() {
        return StatutoryDuration.Unit.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public StatutoryDuration.Unit getUnit() {
        return unit;
    }

    public void setUnit(StatutoryDuration.Unit unit) {
        this.unit = unit;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Instant getDue() {
        return due;
    }
}
