package vn.motcua.lookup.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lookups per client address and minute, on this node: a bot hammering the lookup is answered "try
 * again later" before any database work. Each node counts its own clients; the per-code guard in the
 * database is what stops guessing across nodes.
 */
@ApplicationScoped
public class ClientThrottle {

    /** One client's minute: a crowd behind one address (the office's kiosks) counts on one atomic, not a map lock. */
    private record Window(long minute, AtomicInteger count) {
    }

    /** Past this many remembered clients, windows of earlier minutes are dropped. */
    private static final int PRUNE_ABOVE = 50_000;

    private final int perMinute;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** motcua.lookup.per-client-per-minute, 30 by default: far above what a person or the office kiosk types. */
    protected ClientThrottle() {
        this(Integer.getInteger("motcua.lookup.per-client-per-minute", 30));
    }

    public ClientThrottle(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one request; false when the client has used up this minute. */
    public boolean allow(String client, Instant now) {
        long minute = now.getEpochSecond() / 60;
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        String key = client == null ? "?" : client;
        Window window = windows.get(key);
        if (window == null || window.minute() != minute) {
            Window fresh = new Window(minute, new AtomicInteger());
            window = windows.compute(key, (k, old) -> old != null && old.minute() == minute ? old : fresh);
        }
        return window.count().incrementAndGet() <= perMinute;
    }

    /** Seconds until the client's next minute begins. */
    public static long retryAfterSeconds(Instant now) {
        return 60 - now.getEpochSecond() % 60;
    }
}
