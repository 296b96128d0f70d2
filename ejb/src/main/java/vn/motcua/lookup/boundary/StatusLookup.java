package vn.motcua.lookup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.lookup.control.ClientThrottle;
import vn.motcua.lookup.control.LookupGuards;
import vn.motcua.lookup.control.PublicTimeline;
import vn.motcua.rating.control.RatingLinks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static vn.motcua.lookup.boundary.LookupAnswerDto.Outcome.FOUND;
import static vn.motcua.lookup.boundary.LookupAnswerDto.Outcome.LOCKED;
import static vn.motcua.lookup.boundary.LookupAnswerDto.Outcome.MALFORMED;
import static vn.motcua.lookup.boundary.LookupAnswerDto.Outcome.NOT_FOUND;
import static vn.motcua.lookup.boundary.LookupAnswerDto.Outcome.THROTTLED;

/**
 * Tra cứu hồ sơ: a citizen's dossier by the code and PIN printed on their receipt (form 01), for the
 * public page, the kiosk and the public API alike. Open to anyone, so it reveals the minimum and
 * slows guessing down per client and per code.
 */
@Stateless
@PermitAll
public class StatusLookup {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,59}");
    static final Pattern PIN = Pattern.compile("\\d{6}");
    private static final int MAX_FAILURES = Integer.getInteger("motcua.lookup.max-failures", 5);
    private static final Duration LOCK = Duration.ofMinutes(Integer.getInteger("motcua.lookup.lock-minutes", 15));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClientThrottle throttle;

    @Inject
    private LookupGuardRows guardRows;

    @Inject
    private Clock clock;

    public LookupAnswerDto look(String code, String pin, String client) {
        Instant now = clock.instant();
        if (!throttle.allow(client, now)) {
            return LookupAnswerDto.only(THROTTLED, ClientThrottle.retryAfterSeconds(now));
        }
        String typedCode = code == null ? "" : code.strip();
        String typedPin = pin == null ? "" : pin.strip();
        if (!CODE.matcher(typedCode).matches() || !PIN.matcher(typedPin).matches()) {
            return LookupAnswerDto.only(MALFORMED, 0);
        }
        LookupGuards guards = new LookupGuards(em, MAX_FAILURES, LOCK);
        String codeHash = LookupGuards.hash(typedCode);
        LookupGuards.State guard = guards.state(codeHash);
        if (guard.lockedAt(now)) {
            return LookupAnswerDto.only(LOCKED, secondsUntil(guard.lockedUntilMillis(), now));
        }
        Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", typedCode)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultStream().findFirst().orElse(null);
        if (dossier == null || !dossier.getPin().matches(typedPin, PinKey.get())) {
            return failed(guards, codeHash, now);
        }
        if (guard.exists()) {
            guards.cleared(codeHash);
        }
        return new LookupAnswerDto(FOUND, new PublicTimeline().of(dossier,
                em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class).setParameter("dossier", dossier)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList(),
                em.createNamedQuery("DossierTask.ofDossier", DossierTask.class).setParameter("dossier", dossier)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList(),
                () -> new RatingLinks(PinKey.get()).token(dossier.getCode().value())), 0);
    }

    private LookupAnswerDto failed(LookupGuards guards, String codeHash, Instant now) {
        if (!guards.failed(codeHash, now)) {
            try {
                guardRows.open(codeHash, now);
            } catch (EJBException raced) {
                // another wrong answer for the same code opened the row a moment earlier
            }
            guards.failed(codeHash, now);
        }
        LookupGuards.State after = guards.state(codeHash);
        return after.lockedAt(now) ? LookupAnswerDto.only(LOCKED, secondsUntil(after.lockedUntilMillis(), now))
                : LookupAnswerDto.only(NOT_FOUND, 0);
    }

    private static long secondsUntil(long millis, Instant now) {
        return Math.max(1, (millis - now.toEpochMilli() + 999) / 1000);
    }
}
