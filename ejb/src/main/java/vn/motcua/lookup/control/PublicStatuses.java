package vn.motcua.lookup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.motcua.dossier.boundary.DossierChangedEvent;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.lookup.boundary.DossierStatusDto;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the lookup read of a dossier a few seconds ago, on this node: the crowd at the office's
 * screens and families refreshing at home ask for the same codes again and again, and a status
 * changes a few times in days, so a few seconds old is as good as new. The PIN is still checked on
 * every request, a wrong answer still goes to the database guard (and drops the entry), and a code
 * locked on another node is seen here at the latest when the entry expires. A dossier that moves on
 * this node is forgotten when the move commits; one moved on another node, when its entry expires.

 */
@ApplicationScoped
public class PublicStatuses {

    /** One dossier as last read: its PIN check, its guard row, its public status. */
    public record Entry(LookupPin pin, LookupGuards.State guard, DossierStatusDto status, long readAtMillis) {
    }

    /** Past this many codes, expired entries are dropped, and all of them if that is not enough. */
    private static final int MAX_ENTRIES = 20_000;

    private final long ttlMillis;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** motcua.lookup.cache-seconds, 5 by default; 0 reads the database every time. */
    protected PublicStatuses() {
        this(Integer.getInteger("motcua.lookup.cache-seconds", 5) * 1000L);
    }

    public PublicStatuses(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    /** The entry of a code read less than the time to live ago, else null. */
    public Entry fresh(String code, Instant now) {
        Entry entry = entries.get(code);
        return entry != null && now.toEpochMilli() - entry.readAtMillis() < ttlMillis ? entry : null;
    }

    public void keep(String code, Entry entry) {
        if (ttlMillis <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long oldest = entry.readAtMillis() - ttlMillis;
            entries.values().removeIf(e -> e.readAtMillis() <= oldest);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(code, entry);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DossierChangedEvent event) {
        entries.remove(event.dossierCode());
    }

    /** Forgets a code: after a wrong answer, its guard row has changed. */
    public void forget(String code) {
        entries.remove(code);
    }
}
