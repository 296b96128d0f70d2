package vn.motcua.it;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.agency.boundary.CounterAdministration;
import vn.motcua.agency.boundary.CounterDto;
import vn.motcua.calendar.boundary.CalendarAdministration;
import vn.motcua.calendar.boundary.DayOffDto;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.entity.HolidayKind;
import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.reference.boundary.ReferenceEntryDto;
import vn.motcua.reference.boundary.ReferenceLists;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reference lists and the working calendar, administered through their real boundaries. */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(AdministrationIT.class, Deployments.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T bean(Class<T> type) throws Exception {
        return (T) new InitialContext().lookup("java:global/motcua/motcua-ejb/" + type.getSimpleName());
    }

    @Test
    void aStaleEditOfAReferenceEntryIsRefusedAndTheFreshOneSaved() throws Exception {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ReferenceEntryDto added = SignedIn.as("quantri", () -> bean(ReferenceLists.class).add("PRIORITY", code, "Thương binh"));
        ReferenceEntryDto renamed = SignedIn.as("quantri",
                () -> bean(ReferenceLists.class).rename(added.id(), added.version(), "Thương binh, bệnh binh"));
        assertEquals("Thương binh, bệnh binh", renamed.name());

        BusinessException stale = assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(ReferenceLists.class).rename(added.id(), added.version(), "Tên cũ ghi đè")));
        assertEquals("record.concurrentEdit", stale.getMessageKey());
        assertEquals("Thương binh, bệnh binh", bean(ReferenceLists.class).entries("PRIORITY").stream()
                .filter(e -> e.code().equals(code)).findFirst().orElseThrow().name(), "nothing was overwritten");
    }

    @Test
    void badReferenceInputAndForeignRolesAreRefused() throws Exception {
        assertEquals("reference.codeTaken", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(ReferenceLists.class).add("CHANNEL", "ONLINE", "Trực tuyến"))).getMessageKey());
        assertEquals("reference.nameInvalid", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(ReferenceLists.class).add("CHANNEL", "KIOSK", "<b>Ki-ốt</b>"))).getMessageKey());
        assertThrows(EJBAccessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(ReferenceLists.class).add("CHANNEL", "KIOSK", "Ki-ốt")));
    }

    @Test
    void aDayOffAddedByTheAdministratorMovesAppointmentsAtOnce() throws Exception {
        // Wednesday 6/3/2030, an ordinary working day until the administrator declares it off
        LocalDate day = LocalDate.of(2030, 3, 6);
        Instant tuesdayAfternoon = ZonedDateTime.of(2030, 3, 5, 15, 0, 0, 0, VIETNAM).toInstant();
        WorkingCalendars calendars = bean(WorkingCalendars.class);
        assertEquals(ZonedDateTime.of(2030, 3, 6, 15, 0, 0, 0, VIETNAM).toInstant(),
                calendars.due(null, tuesdayAfternoon, StatutoryDuration.workingDays(1)));

        SignedIn.as("quantri", () -> {
            bean(CalendarAdministration.class).addDayOff(day, "Ngày nghỉ thử nghiệm", HolidayKind.COMPENSATORY_DAY_OFF);
            return null;
        });
        try {
            assertEquals(ZonedDateTime.of(2030, 3, 7, 15, 0, 0, 0, VIETNAM).toInstant(),
                    calendars.due(null, tuesdayAfternoon, StatutoryDuration.workingDays(1)));
        } finally {
            SignedIn.as("quantri", () -> {
                CalendarAdministration administration = bean(CalendarAdministration.class);
                DayOffDto added = administration.year(2030).stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow();
                administration.remove(added.id(), added.kind());
                return null;
            });
        }
        assertEquals(ZonedDateTime.of(2030, 3, 6, 15, 0, 0, 0, VIETNAM).toInstant(),
                calendars.due(null, tuesdayAfternoon, StatutoryDuration.workingDays(1)));
    }

    @Test
    void countersServeChosenFieldsAndStaleOrBadChangesAreRefused() throws Exception {
        String desk = "000.01.19.H21";
        assertEquals(5, bean(CounterAdministration.class).counters(desk).stream().filter(c -> c.number() <= 5).count());
        int number = 100 + (int) (System.nanoTime() % 800);
        CounterDto added = SignedIn.as("quantri", () -> bean(CounterAdministration.class)
                .add(desk, number, "Quầy thử nghiệm", java.util.List.of("HO_TICH")));
        assertEquals(java.util.List.of("HO_TICH"), added.fieldCodes());
        CounterDto changed = SignedIn.as("quantri", () -> bean(CounterAdministration.class)
                .change(added.id(), added.version(), "Quầy thử nghiệm", java.util.List.of("HO_TICH", "DAT_DAI"), true));
        assertEquals(java.util.List.of("DAT_DAI", "HO_TICH"), changed.fieldCodes());

        assertEquals("record.concurrentEdit", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(CounterAdministration.class).change(added.id(), added.version(), "Cũ", java.util.List.of("HO_TICH"), true)))
                .getMessageKey());
        assertEquals("counter.numberTaken", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(CounterAdministration.class).add(desk, number, "Trùng", java.util.List.of("HO_TICH")))).getMessageKey());
        assertEquals("catalog.field.unknown", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(CounterAdministration.class).add(desk, number + 1, "Lạ", java.util.List.of("KHONG_CO")))).getMessageKey());
        assertEquals("agency.outOfScope", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> bean(CounterAdministration.class).add("000.00.00.H21", 1, "Tỉnh", java.util.List.of("HO_TICH")))).getMessageKey());
    }

    @Test
    void anAgencyWithSaturdayMorningsGetsEarlierAppointments() throws Exception {
        String code = "IT." + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.as("quantri", () -> ((vn.motcua.agency.boundary.AgencyAdministration) new InitialContext()
                .lookup("java:global/motcua/motcua-ejb/AgencyAdministration"))
                .add(new vn.motcua.agency.boundary.NewAgencyDto("000.00.19.H21", code, "Trung tâm thử nghiệm",
                        vn.motcua.agency.entity.AgencyKind.SERVICE_CENTRE, null, LocalDate.of(2025, 7, 1))));
        Instant fridayAfternoon = ZonedDateTime.of(2030, 3, 8, 16, 0, 0, 0, VIETNAM).toInstant();
        WorkingCalendars calendars = bean(WorkingCalendars.class);
        assertEquals(ZonedDateTime.of(2030, 3, 11, 10, 30, 0, 0, VIETNAM).toInstant(),
                calendars.due(code, fridayAfternoon, StatutoryDuration.workingHours(4)), "inherits Mon-Fri");

        java.util.Map<java.time.DayOfWeek, String> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? "07:30-11:30, 13:00-17:00" : day.getValue() == 6 ? "07:30-11:30" : "");
        }
        SignedIn.as("quantri", () -> {
            bean(CalendarAdministration.class).setWeeklyHours(code, week);
            return null;
        });
        assertEquals(ZonedDateTime.of(2030, 3, 9, 10, 30, 0, 0, VIETNAM).toInstant(),
                calendars.due(code, fridayAfternoon, StatutoryDuration.workingHours(4)), "works Saturday morning");
        assertEquals("calendar.periodInvalid", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            week.put(java.time.DayOfWeek.MONDAY, "7g30-11g30");
            bean(CalendarAdministration.class).setWeeklyHours(code, week);
            return null;
        })).getMessageKey());
    }

    @Test
    void theSeededCalendarKnowsTet2026() throws Exception {
        assertTrue(SignedIn.as("quantri", () -> bean(CalendarAdministration.class).year(2026)).stream()
                .anyMatch(d -> d.date().equals(LocalDate.of(2026, 2, 17))), "Mùng 1 Tết Bính Ngọ");
        assertEquals("calendar.makeUpOnWeekendOnly", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            bean(CalendarAdministration.class).addMakeUpWorkday(LocalDate.of(2030, 3, 6), "Sai ngày");
            return null;
        })).getMessageKey());
    }
}
