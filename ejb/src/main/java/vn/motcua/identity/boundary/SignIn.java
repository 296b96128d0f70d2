package vn.motcua.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.identity.entity.Officer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The staff sign-in rules around the Elytron realm: who may try, and what a wrong or right password
 * does to the account (counting, locking, auditing).
 */
@Stateless
@PermitAll
public class SignIn {

    /** Wrong passwords in a row before the account locks (system property motcua.signin.max-attempts). */
    static final int MAX_ATTEMPTS = Integer.getInteger("motcua.signin.max-attempts", 5);
    static final Duration LOCK_FOR = Duration.ofMinutes(Integer.getInteger("motcua.signin.lock-minutes", 15));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** When the account is locked, the instant it unlocks; empty when a password may be tried. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return find(username, LockModeType.NONE)
                .filter(o -> o.isLockedAt(now))
                .map(Officer::getLockedUntil);
    }

    public void recordFailure(String username, String clientAddress) {
        Optional<Officer> officer = find(username, LockModeType.PESSIMISTIC_WRITE);
        officer.ifPresent(o -> {
            o.recordFailedSignIn(clock.instant(), MAX_ATTEMPTS, LOCK_FOR);
            if (o.isLockedAt(clock.instant())) {
                audit.record(o.getUsername(), "SIGN_IN_LOCKED", o.getUsername(), "from " + clientAddress);
            }
        });
        audit.record(officer.map(Officer::getUsername).orElse("unknown"), "SIGN_IN_FAILED",
                truncate(username), "from " + clientAddress);
    }

    /** Returns whether the officer must choose a new password before working. */
    public boolean recordSuccess(String username, String clientAddress) {
        Officer officer = find(username, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        officer.recordSignIn(clock.instant());
        audit.record(username, "SIGN_IN", username, "from " + clientAddress);
        return officer.isMustChangePassword();
    }

    private Optional<Officer> find(String username, LockModeType lock) {
        if (username == null || username.isBlank() || username.length() > 60) {
            return Optional.empty();
        }
        return em.createNamedQuery("Officer.findByUsername", Officer.class)
                .setParameter("username", username)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private static String truncate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 60 ? value.substring(0, 60) : value;
    }
}
