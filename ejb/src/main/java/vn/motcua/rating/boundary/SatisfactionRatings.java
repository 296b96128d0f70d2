package vn.motcua.rating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.dossier.control.DossierException;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.identity.entity.Role;
import vn.motcua.rating.control.RatingLinks;
import vn.motcua.rating.control.RatingReport;
import vn.motcua.rating.entity.RatingChannel;
import vn.motcua.rating.entity.SatisfactionRating;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.boundary.SqlStates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Đánh giá mức độ hài lòng: the applicant rates their collected dossier by the link's token, which is
 * sent to them after collection or shown by the status lookup (at home or at the kiosk) once the code
 * and PIN were right. An unknown code and a wrong token answer alike {@code rating.notFound}, so the
 * form tells nobody which codes exist; a 128-bit token leaves nothing to guess.
 */
@Stateless
public class SatisfactionRatings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The installation's secret key; read on first use. */
    byte[] key;

    /**
     * Rates a collected dossier. The token is the link's ({@link RatingLinks}): sent to the applicant
     * after collection, or shown by the status lookup once the code and PIN were right, so a PIN is
     * only ever tried through the lookup's guard. The channel says where the rating came from.
     */
    @PermitAll
    public RatingOutcomeDto rate(String code, String token, RatingChannel channel, RatingRequestDto request) {
        String normalized = normalized(code);
        // checked whether or not the dossier exists, so the answer takes as long either way
        boolean genuine = new RatingLinks(key()).matches(normalized, token);
        return rate(find(normalized), genuine, channel == null ? RatingChannel.LINK : channel, request);
    }

    /**
     * Satisfaction over the ratings given from the first day to the day before {@code until} (Vietnam
     * time), within the agencies where the caller is a leader or, for the province office, everywhere
     * below the province.
     */
    @RolesAllowed({"LEADER", "PROVINCE"})
    public RatingReportDto report(LocalDate from, LocalDate until) {
        if (from == null || until == null || !from.isBefore(until)) {
            throw new BusinessException("rating.period.invalid");
        }
        String caller = session.getCallerPrincipal().getName();
        Set<Long> scope = new HashSet<>(AgencyScope.of(em, caller, Role.LEADER).agencyIds());
        scope.addAll(AgencyScope.of(em, caller, Role.PROVINCE).agencyIds());
        return new RatingReport(em, scope).report(from.atStartOfDay(Clocks.VIETNAM).toInstant(),
                until.atStartOfDay(Clocks.VIETNAM).toInstant());
    }

    private RatingOutcomeDto rate(Optional<Dossier> found, boolean genuine, RatingChannel channel,
                                  RatingRequestDto request) {
        Dossier dossier = found.filter(d -> genuine).orElseThrow(() -> new BusinessException("rating.notFound"));
        if (em.createNamedQuery("SatisfactionRating.ofDossier", SatisfactionRating.class)
                .setParameter("dossier", dossier).getResultStream().findAny().isPresent()) {
            throw new BusinessException("rating.alreadyRated");
        }
        SatisfactionRating rating;
        try {
            rating = SatisfactionRating.of(dossier, request == null ? null : request.scores(),
                    request == null ? null : request.comment(), channel, clock.instant());
        } catch (DossierRuleException refusal) {
            throw DossierException.of(refusal);
        }
        try {
            em.persist(rating);
            // two submissions at once: the unique key lets one in, the other learns it was rated
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new BusinessException("rating.alreadyRated");
            }
            throw e;
        }
        return new RatingOutcomeDto(dossier.getCode().value(), rating.total(), rating.percentage(),
                rating.getRatedAt());
    }

    private static String normalized(String code) {
        return code == null ? "" : code.strip();
    }

    private Optional<Dossier> find(String code) {
        try {
            String value = new DossierCode(code).value();
            return em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", value)
                    .getResultStream().findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] key() {
        if (key == null) {
            key = PinKey.get();
        }
        return key;
    }
}
