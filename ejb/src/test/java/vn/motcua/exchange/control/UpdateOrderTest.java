package vn.motcua.exchange.control;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which update changes the dossier, and which department sent it. */
class UpdateOrderTest {

    @Test
    void theFirstUpdateAndEveryLaterOneApply() {
        assertEquals(UpdateOrder.Verdict.APPLY, UpdateOrder.of(1, OptionalLong.empty()));
        assertEquals(UpdateOrder.Verdict.APPLY, UpdateOrder.of(7, OptionalLong.of(3)));
    }

    @Test
    void anUpdateOvertakenByANewerOneIsStale() {
        assertEquals(UpdateOrder.Verdict.STALE, UpdateOrder.of(3, OptionalLong.of(5)));
        assertEquals(UpdateOrder.Verdict.STALE, UpdateOrder.of(5, OptionalLong.of(5)), "the same sequence twice is not newer");
    }

    @Test
    void theInboundAddressNamesTheDepartment() {
        assertEquals("000.03.19.H21", ExchangeQueues.agencyOfInbound("jms.queue.motcua.dept.000.03.19.H21.in"));
        assertNull(ExchangeQueues.agencyOfInbound("jms.queue.motcua.dept.in"), "the shared queue names nobody");
        assertNull(ExchangeQueues.agencyOfInbound("jms.queue.motcua.dept.000.03.19.H21.out"));
        assertNull(ExchangeQueues.agencyOfInbound(null));
        assertEquals("motcua.dept.000.03.19.H21.out", ExchangeQueues.outbound("000.03.19.H21"));
    }
}
