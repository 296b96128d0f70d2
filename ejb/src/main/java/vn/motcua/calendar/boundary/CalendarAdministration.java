package vn.motcua.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.calendar.control.WeeklyHours;
import vn.motcua.calendar.entity.WorkingCalendar;
import vn.motcua.identity.entity.Role;
import vn.motcua.calendar.entity.Holiday;
import vn.motcua.calendar.entity.HolidayKind;
import vn.motcua.calendar.entity.MakeUpWorkday;
import vn.motcua.shared.boundary.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yearly table of days off and make-up workdays, kept by administrators as the Prime Minister's
 * notice for each year announces them (Labour Code 2019 Art. 112). Every change reaches the deadline
 * engine as soon as it is committed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CalendarAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public List<DayOffDto> year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Stream<DayOffDto> holidays = em.createNamedQuery("Holiday.findBetween", Holiday.class)
                .setParameter("from", first).setParameter("to", last).getResultStream()
                .map(h -> new DayOffDto(h.getId(), h.getDate(), h.getName(), h.getKind().name()));
        Stream<DayOffDto> makeUps = em.createNamedQuery("MakeUpWorkday.findBetween", MakeUpWorkday.class)
                .setParameter("from", first).setParameter("to", last).getResultStream()
                .map(m -> new DayOffDto(m.getId(), m.getDate(), m.getName(), DayOffDto.MAKE_UP_WORKDAY));
        return Stream.concat(holidays, makeUps).sorted(Comparator.comparing(DayOffDto::date)).toList();
    }

    public void addDayOff(LocalDate date, String name, HolidayKind kind) {
        checkName(name);
        if (date == null || kind == null) {
            throw new BusinessException("calendar.dateRequired");
        }
        if (taken(date)) {
            throw new BusinessException("calendar.dateTaken", date.toString());
        }
        em.persist(new Holiday(date, name.strip(), kind));
        changed("CALENDAR_DAY_OFF_ADDED", date + " " + name);
    }

    public void addMakeUpWorkday(LocalDate date, String name) {
        checkName(name);
        if (date == null) {
            throw new BusinessException("calendar.dateRequired");
        }
        if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new BusinessException("calendar.makeUpOnWeekendOnly");
        }
        if (taken(date)) {
            throw new BusinessException("calendar.dateTaken", date.toString());
        }
        // a swapped Saturday is worked with the hours of an ordinary weekday
        em.persist(new MakeUpWorkday(date, name.strip(), DayOfWeek.MONDAY));
        changed("CALENDAR_MAKE_UP_ADDED", date + " " + name);
    }

    public void remove(long id, String kind) {
        Object row = DayOffDto.MAKE_UP_WORKDAY.equals(kind) ? em.find(MakeUpWorkday.class, id) : em.find(Holiday.class, id);
        if (row == null) {
            throw new BusinessException("calendar.unknownDay");
        }
        em.remove(row);
        changed("CALENDAR_DAY_REMOVED", kind + " " + id);
    }

    /** Office hours per day of the week of an agency's own calendar, or of the one it inherits. */
    public Map<DayOfWeek, String> weeklyHours(String agencyCode) {
        return ownCalendar(agencyCode).or(() -> ownCalendar(null)).map(WeeklyHours::describe)
                .orElseGet(() -> new EnumMap<>(DayOfWeek.class));
    }

    /** Gives an agency (null: the national default) its own office hours, replacing the old ones. */
    public void setWeeklyHours(String agencyCode, Map<DayOfWeek, String> written) {
        WorkingCalendar calendar = ownCalendar(agencyCode).orElseGet(() -> {
            Agency agency = agencyInScope(agencyCode);
            WorkingCalendar created = WorkingCalendar.forAgency(agency, "Lịch làm việc " + agency.getName());
            em.persist(created);
            return created;
        });
        WeeklyHours.apply(calendar, written);
        changed("CALENDAR_HOURS_CHANGED", (agencyCode == null ? WorkingCalendar.NATIONAL_CODE : agencyCode)
                + " " + written);
    }

    private Optional<WorkingCalendar> ownCalendar(String agencyCode) {
        return em.createNamedQuery("WorkingCalendar.findByCode", WorkingCalendar.class)
                .setParameter("code", agencyCode == null ? WorkingCalendar.NATIONAL_CODE : agencyCode)
                .getResultStream().findFirst();
    }

    private Agency agencyInScope(String code) {
        Agency agency = code == null ? null : em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (agency == null || !AgencyScope.of(em, session.getCallerPrincipal().getName(), Role.ADMIN).covers(agency)) {
            throw new BusinessException("agency.outOfScope", String.valueOf(code));
        }
        return agency;
    }

    private boolean taken(LocalDate date) {
        return !em.createNamedQuery("Holiday.findByDate", Holiday.class).setParameter("date", date).getResultList().isEmpty()
                || !em.createNamedQuery("MakeUpWorkday.findByDate", MakeUpWorkday.class).setParameter("date", date)
                .getResultList().isEmpty();
    }

    private void changed(String action, String detail) {
        calendars.invalidate();
        audit.record(session.getCallerPrincipal().getName(), action, "calendar", detail);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.matches(".*[<>].*")) {
            throw new BusinessException("calendar.nameInvalid");
        }
    }
}
