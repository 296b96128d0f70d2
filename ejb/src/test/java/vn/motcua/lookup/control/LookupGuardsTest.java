package vn.motcua.lookup.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-code guard on the real migration (V13): locks after the fifth wrong answer within the window. */
class LookupGuardsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final String code = LookupGuards.hash("000.01.19.H21-260302-0001");

    @AfterEach
    void close() {
        database.close();
    }

    private boolean fail(Instant at) {
        return database.inTransaction(em -> new LookupGuards(em, 5, WINDOW).failed(code, at));
    }

    private LookupGuards.State state() {
        return database.inTransaction(em -> new LookupGuards(em, 5, WINDOW).state(code));
    }

    private void open(Instant at) {
        database.inTransaction(em -> em.createNativeQuery(
                "INSERT INTO lookup_guard (code_hash, failures, first_failure_ms) VALUES (?1, 0, ?2)")
                .setParameter(1, code).setParameter(2, at.toEpochMilli()).executeUpdate());
    }

    @Test
    void theFifthWrongAnswerWithinTheWindowLocksTheCodeForTheWindow() {
        assertFalse(fail(NOW), "no row yet: the caller opens one");
        assertFalse(state().exists());
        open(NOW);
        for (int i = 0; i < 4; i++) {
            assertTrue(fail(NOW.plusSeconds(i)));
            assertFalse(state().lockedAt(NOW.plusSeconds(i)), "after " + (i + 1) + " failures");
        }
        assertTrue(fail(NOW.plusSeconds(10)));
        LookupGuards.State locked = state();
        assertTrue(locked.lockedAt(NOW.plusSeconds(11)));
        assertEquals(NOW.plusSeconds(10).plus(WINDOW).toEpochMilli(), locked.lockedUntilMillis());
        assertFalse(locked.lockedAt(NOW.plusSeconds(10).plus(WINDOW)), "free again when the lock ends");
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverLock() {
        open(NOW);
        for (int i = 0; i < 10; i++) {
            Instant at = NOW.plus(WINDOW.multipliedBy(i)).plusSeconds(60);
            fail(at);
            assertFalse(state().lockedAt(at), "failure " + (i + 1));
        }
    }

    @Test
    void aRightAnswerForgetsTheWrongOnes() {
        open(NOW);
        fail(NOW);
        database.inTransaction(em -> {
            new LookupGuards(em, 5, WINDOW).cleared(code);
            return null;
        });
        assertFalse(state().exists());
    }

    @Test
    void theCodeIsKeptOnlyAsItsHash() {
        assertEquals(64, code.length());
        assertFalse(code.contains("H21"));
    }
}
