package vn.motcua.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.calendar.entity.Holiday;
import vn.motcua.calendar.entity.HolidayKind;
import vn.motcua.calendar.entity.MakeUpWorkday;
import vn.motcua.shared.boundary.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
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
