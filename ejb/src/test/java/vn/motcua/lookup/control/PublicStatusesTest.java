package vn.motcua.lookup.control;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.DossierChangedEvent;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.lookup.boundary.DossierStatusDto;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PublicStatusesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final byte[] KEY = new byte[32];

    private static PublicStatuses.Entry entry(String code, Instant readAt) {
        DossierStatusDto status = new DossierStatusDto(code, "Đăng ký thế chấp", "N*** V*** A", readAt, readAt,
                "RECEIVED", List.of(), null, null, List.of(), List.of(), null);
        return new PublicStatuses.Entry(LookupPin.of("123456", KEY), new LookupGuards.State(false, 0), status,
                readAt.toEpochMilli());
    }

    @Test
    void anEntryServesUntilItsTimeToLiveAndThenTheDatabaseIsReadAgain() {
        PublicStatuses statuses = new PublicStatuses(5_000);
        PublicStatuses.Entry kept = entry("A-1", NOW);
        statuses.keep("A-1", kept);
        assertSame(kept, statuses.fresh("A-1", NOW.plusMillis(4_999)));
        assertNull(statuses.fresh("A-1", NOW.plusMillis(5_000)));
        assertNull(statuses.fresh("A-2", NOW), "never read");
    }

    @Test
    void aWrongAnswerOrAMoveOfTheDossierForgetsIt() {
        PublicStatuses statuses = new PublicStatuses(5_000);
        statuses.keep("A-1", entry("A-1", NOW));
        statuses.keep("A-2", entry("A-2", NOW));
        statuses.forget("A-1");
        statuses.changed(new DossierChangedEvent("A-2"));
        assertNull(statuses.fresh("A-1", NOW));
        assertNull(statuses.fresh("A-2", NOW));
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        PublicStatuses statuses = new PublicStatuses(0);
        statuses.keep("A-1", entry("A-1", NOW));
        assertNull(statuses.fresh("A-1", NOW));
    }

    @Test
    void theNumberOfCodesKeptIsBounded() {
        PublicStatuses statuses = new PublicStatuses(5_000);
        for (int i = 0; i < 20_000; i++) {
            statuses.keep("old-" + i, entry("old-" + i, NOW));
        }
        statuses.keep("new", entry("new", NOW.plusSeconds(10)));
        assertNull(statuses.fresh("old-1", NOW), "the expired ones were dropped to make room");
        assertNotNull(statuses.fresh("new", NOW.plusSeconds(10)));
    }
}
