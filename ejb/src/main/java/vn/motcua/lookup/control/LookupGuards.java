package vn.motcua.lookup.control;

import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Failed lookups per dossier code, in the database so that every server node counts them: after
 * {@code maxFailures} wrong answers within {@code window} the code's lookup is locked for
 * {@code window}, whatever is typed, so a six-digit PIN cannot be guessed. Codes are kept by their
 * SHA-256, and codes that do not exist are treated exactly like those that do.
 */
public final class LookupGuards {

    /** The guard row of one code: how often it failed and until when it is locked (epoch ms, 0 = not). */
    public record State(boolean exists, long lockedUntilMillis) {
        public boolean lockedAt(Instant now) {
            return lockedUntilMillis > now.toEpochMilli();
        }
    }

    private static final String READ = "SELECT locked_until_ms FROM lookup_guard WHERE code_hash = ?1";
    // every right-hand side reads the row as it was before this UPDATE (SQL semantics, H2 and PostgreSQL)
    private static final String FAIL = "UPDATE lookup_guard SET"
            + " failures = CASE WHEN first_failure_ms < ?2 THEN 1 ELSE failures + 1 END,"
            + " first_failure_ms = CASE WHEN first_failure_ms < ?2 THEN ?3 ELSE first_failure_ms END,"
            + " locked_until_ms = CASE WHEN first_failure_ms >= ?2 AND failures + 1 >= ?4 THEN ?5"
            + " ELSE locked_until_ms END"
            + " WHERE code_hash = ?1";
    private static final String CLEAR = "DELETE FROM lookup_guard WHERE code_hash = ?1";

    private final EntityManager em;
    private final int maxFailures;
    private final Duration window;

    public LookupGuards(EntityManager em, int maxFailures, Duration window) {
        this.em = em;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public State state(String codeHash) {
        return state(em, codeHash);
    }

    /** The guard of a code as it stands, read in the caller's transaction or none. */
    public static State state(EntityManager em, String codeHash) {
        List<?> rows = em.createNativeQuery(READ).setParameter(1, codeHash).getResultList();
        return rows.isEmpty() ? new State(false, 0)
                : new State(true, Optional.ofNullable((Number) rows.get(0)).map(Number::longValue).orElse(0L));
    }

    /** Counts a wrong answer; false when the code has no row yet (the caller opens one and tries again). */
    public boolean failed(String codeHash, Instant now) {
        long at = now.toEpochMilli();
        return em.createNativeQuery(FAIL).setParameter(1, codeHash).setParameter(2, at - window.toMillis())
                .setParameter(3, at).setParameter(4, maxFailures).setParameter(5, at + window.toMillis())
                .executeUpdate() == 1;
    }

    /** A right answer forgets the earlier wrong ones. */
    public void cleared(String codeHash) {
        em.createNativeQuery(CLEAR).setParameter(1, codeHash).executeUpdate();
    }
}
