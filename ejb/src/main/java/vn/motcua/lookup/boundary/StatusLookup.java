package vn.motcua.lookup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import vn.motcua.lookup.control.PublicStatuses;
import vn.motcua.lookup.control.PublicTimeline;
import vn.motcua.rating.control.RatingLinks;

import java.time.Clock;
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
 * slows guessing down per client and per code. It only reads, so without a transaction, and it is a
 * plain CDI bean rather than an EJB: a crowd's every request would otherwise pass the container's
 * security, transaction and pooling interceptors for nothing; a wrong answer is counted in
 * {@link LookupGuardRows}' own transaction.
 */
@ApplicationScoped
public class StatusLookup {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,59}");
    static final Pattern PIN = Pattern.compile("\\d{6}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClientThrottle throttle;

    @Inject
    private LookupGuardRows guardRows;

    @Inject
    private PublicStatuses statuses;

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
        PublicStatuses.Entry known = statuses.fresh(typedCode, now);
        if (known == null) {
            known = read(typedCode, now);
        }
        if (known.guard().lockedAt(now)) {
            return LookupAnswerDto.only(LOCKED, secondsUntil(known.guard().lockedUntilMillis(), now));
        }
        if (known.status() == null || !known.pin().matches(typedPin, PinKey.get())) {
            statuses.forget(typedCode);
            LookupGuards.State after = guardRows.failed(LookupGuards.hash(typedCode), now);
            return after.lockedAt(now) ? LookupAnswerDto.only(LOCKED, secondsUntil(after.lockedUntilMillis(), now))
                    : LookupAnswerDto.only(NOT_FOUND, 0);
        }
        if (known.guard().exists()) {
            guardRows.cleared(LookupGuards.hash(typedCode));
            statuses.keep(typedCode, new PublicStatuses.Entry(known.pin(), new LookupGuards.State(false, 0),
                    known.status(), known.readAtMillis()));
        }
        return new LookupAnswerDto(FOUND, known.status(), 0);
    }

    /** The code's guard and, when the dossier exists, its PIN check and public status; kept a few seconds. */
    private PublicStatuses.Entry read(String code, Instant now) {
        LookupGuards.State guard = LookupGuards.state(em, LookupGuards.hash(code));
        Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultStream().findFirst().orElse(null);
        if (dossier == null) {
            // not kept: the code may be given at the desk a moment later
            return new PublicStatuses.Entry(null, guard, null, now.toEpochMilli());
        }
        DossierStatusDto status = new PublicTimeline().of(dossier,
                em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class).setParameter("dossier", dossier)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList(),
                em.createNamedQuery("DossierTask.ofDossier", DossierTask.class).setParameter("dossier", dossier)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList(),
                () -> new RatingLinks(PinKey.get()).token(dossier.getCode().value()));
        PublicStatuses.Entry entry = new PublicStatuses.Entry(dossier.getPin(), guard, status, now.toEpochMilli());
        statuses.keep(code, entry);
        return entry;
    }

    private static long secondsUntil(long millis, Instant now) {
        return Math.max(1, (millis - now.toEpochMilli() + 999) / 1000);
    }
}
