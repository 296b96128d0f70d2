package vn.motcua.lookup.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientThrottleTest {

    private static final Instant MINUTE = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aClientGetsItsQuotaPerMinuteAndOthersAreNotAffected() {
        ClientThrottle throttle = new ClientThrottle(3);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allow("10.0.0.7", MINUTE.plusSeconds(i)));
        }
        assertFalse(throttle.allow("10.0.0.7", MINUTE.plusSeconds(10)), "fourth in the minute");
        assertTrue(throttle.allow("10.0.0.8", MINUTE.plusSeconds(10)), "another client");
        assertTrue(throttle.allow("10.0.0.7", MINUTE.plusSeconds(60)), "the next minute");
    }

    @Test
    void saysWhenTheNextMinuteBegins() {
        assertEquals(45, ClientThrottle.retryAfterSeconds(MINUTE.plusSeconds(15)));
    }
}
