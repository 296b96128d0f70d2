package vn.motcua.queue.entity;

import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");
    private final Agency desk = new Agency("000.01.19.H21", "Bộ phận một cửa", AgencyKind.ONE_STOP_DESK, null, LocalDate.of(2012, 1, 1));
    private final ServiceGroup land = new ServiceGroup(desk, "A", "Đất đai", List.of("DAT_DAI"), LocalTime.of(7, 0),
            LocalTime.of(17, 0), 300, false);

    @Test
    void aGroupIssuesWithinItsHoursAndNumbersOnThreeDigits() {
        assertTrue(land.isOpenAt(LocalTime.of(7, 0)));
        assertFalse(land.isOpenAt(LocalTime.of(17, 0)));
        assertFalse(land.isOpenAt(LocalTime.of(6, 59)));
        ServiceGroup.Terms terms = new ServiceGroup.Terms(1L, "A", "Đất đai", LocalTime.of(7, 0), LocalTime.of(17, 0), 300, true);
        assertTrue(terms.isOpenAt(LocalTime.of(7, 0)), "the kiosk's terms keep the group's hours");
        assertFalse(terms.isOpenAt(LocalTime.of(17, 0)));
        assertFalse(new ServiceGroup.Terms(1L, "A", "Đất đai", LocalTime.MIDNIGHT, LocalTime.of(23, 59), 300, false)
                .isOpenAt(LocalTime.NOON), "an inactive group issues nothing");
        assertEquals("A012", land.label(12));
        assertThrows(IllegalArgumentException.class, () -> new ServiceGroup(desk, "AB", "x", List.of(), LocalTime.NOON,
                LocalTime.MIDNIGHT, 1, false));
    }

    @Test
    void aGroupIsServedByItsCountersOrElseByItsFields() {
        assertTrue(land.servedBy(7, List.of("DAT_DAI")));
        assertFalse(land.servedBy(7, List.of("HO_TICH")));
        land.servedAt(List.of(2, 1));
        assertTrue(land.servedBy(1, List.of()));
        assertFalse(land.servedBy(7, List.of("DAT_DAI")));
        assertEquals(List.of(1, 2), land.getCounterNumbers());
        land.servedAt(List.of());
        assertEquals(List.of(), land.getCounterNumbers(), "by fields again");
        assertTrue(land.servedBy(7, List.of("DAT_DAI")));
    }

    @Test
    void anAdministratorRenamesRefieldsAndClosesAGroupWithinItsRules() {
        land.rename("  Đất đai – đăng ký biến động ");
        assertEquals("Đất đai – đăng ký biến động", land.getName());
        assertThrows(IllegalArgumentException.class, () -> land.rename(" "));
        land.serveFields(List.of("DAT_DAI", "CHUNG_THUC"));
        assertTrue(land.servedBy(9, List.of("CHUNG_THUC")));
        assertThrows(IllegalArgumentException.class, () -> land.serveFields(List.of()));
        assertThrows(IllegalArgumentException.class, () -> land.schedule(LocalTime.NOON, LocalTime.of(7, 0), 10));
        land.activate(false);
        assertFalse(land.isOpenAt(LocalTime.NOON), "a closed group issues nothing, whatever its hours");
    }

    @Test
    void aTicketGoesFromCalledToServedOrNoShowOnly() {
        Ticket ticket = new Ticket(land, LocalDate.of(2026, 11, 30), 12, null, AT);
        assertEquals("A012", ticket.getLabel());
        assertThrows(IllegalStateException.class, () -> ticket.start(AT), "not called yet");
        assertThrows(IllegalStateException.class, () -> ticket.recall(AT));
        ServiceGroup returns = new ServiceGroup(desk, "D", "Trả kết quả", List.of("DAT_DAI"), LocalTime.of(7, 0),
                LocalTime.of(17, 0), 300, true);
        assertThrows(IllegalStateException.class, () -> ticket.transfer(returns, null), "only from a counter");
        ticket.linkDossier("X-1");
        ticket.linkDossier("X-2");
        assertEquals("X-1", ticket.getDossierCode(), "the first dossier stays");
    }

    @Test
    void aPrintFailureIsPendingUntilTheLastAttempt() {
        Ticket ticket = new Ticket(land, LocalDate.of(2026, 11, 30), 1, "ELDERLY", AT);
        assertTrue(ticket.isPriority());
        ticket.fromKiosk("K1", "r1");
        ticket.printFailed("refused", false);
        assertEquals(PrintStatus.PENDING, ticket.getPrintStatus());
        ticket.printFailed("refused", true);
        assertEquals(PrintStatus.FAILED, ticket.getPrintStatus());
        assertEquals(2, ticket.getPrintAttempts());
    }
}
