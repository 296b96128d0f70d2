package vn.motcua.rating.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.shared.boundary.SqlStates;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.rating.control.RatingFixture;
import vn.motcua.rating.control.RatingLinks;
import vn.motcua.rating.entity.RatingChannel;
import vn.motcua.rating.entity.RatingIndicator;
import vn.motcua.rating.entity.SatisfactionRating;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.rating.control.RatingFixture.all;
import static vn.motcua.rating.control.RatingFixture.code;

/**
 * The public rating and the report over the real mappings and V14 ({@link RatingFixture}): each call in
 * its own transaction, as the container would run it. R5 is returned and not yet rated.
 */
class SatisfactionRatingsTest {

    private static final Instant NOW = RatingFixture.at("2026-03-20 16:00");
    private final InMemoryDatabase database = RatingFixture.load();
    private final String r5 = code(5);

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T call(String caller, Function<SatisfactionRatings, T> call) {
        return database.inTransaction(em -> {
            SatisfactionRatings ratings = new SatisfactionRatings();
            ratings.em = em;
            ratings.clock = Clock.fixed(NOW, Clocks.VIETNAM);
            ratings.key = RatingFixture.KEY;
            ratings.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SessionContext.class}, (proxy, method, args) -> (Principal) () -> caller);
            return call.apply(ratings);
        });
    }

    private <T> T anyone(Function<SatisfactionRatings, T> call) {
        return call(null, call);
    }

    private void refused(String messageKey, Executable call) {
        assertEquals(messageKey, assertThrows(BusinessException.class, call).getMessageKey());
    }

    private SatisfactionRating stored(String code) {
        return database.inTransaction(em -> {
            Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                    .getSingleResult();
            return em.createNamedQuery("SatisfactionRating.ofDossier", SatisfactionRating.class)
                    .setParameter("dossier", dossier).getResultStream().findFirst().orElse(null);
        });
    }

    private static String token(String code) {
        return new RatingLinks(RatingFixture.KEY).token(code);
    }

    private static RatingRequestDto request(int score, String comment) {
        return new RatingRequestDto(all(score), comment);
    }

    @Test
    void theApplicantRatesAtTheKioskAfterALookup() {
        Map<RatingIndicator, Integer> scores = all(2);
        scores.put(RatingIndicator.BODIES_CONTACTED, 1);
        RatingOutcomeDto outcome = anyone(r -> r.rate(" " + r5 + " ", token(r5), RatingChannel.KIOSK,
                new RatingRequestDto(scores, "Nhanh gọn, cán bộ nhiệt tình.")));
        assertEquals(new RatingOutcomeDto(r5, 17, new BigDecimal("94.4"), NOW), outcome);

        SatisfactionRating rating = stored(r5);
        assertEquals(RatingChannel.KIOSK, rating.getChannel());
        assertEquals(scores, rating.getScores());
        assertEquals("Nhanh gọn, cán bộ nhiệt tình.", rating.getComment());
        assertEquals(NOW, rating.getRatedAt());

        refused("rating.alreadyRated", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.KIOSK, request(0, null))));
        refused("rating.alreadyRated", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.LINK,
                request(0, null))));
        assertEquals(17, stored(r5).total(), "the first rating stays");
    }

    @Test
    void theApplicantRatesByTheLinkSentToThem() {
        String token = new RatingLinks(RatingFixture.KEY).token(r5);
        RatingOutcomeDto outcome = anyone(r -> r.rate(r5, token, RatingChannel.LINK, request(1, null)));
        assertEquals(9, outcome.total());
        assertEquals(RatingChannel.LINK, stored(r5).getChannel());
    }

    @Test
    void anUnknownCodeAndAWrongOrMissingTokenGetTheSameAnswer() {
        RatingLinks links = new RatingLinks(RatingFixture.KEY);
        RatingRequestDto request = request(2, null);
        List<Executable> wrong = List.of(
                () -> anyone(r -> r.rate(r5, "654321", RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate(r5, null, RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate("000.01.19.H21-260304-0099", token("000.01.19.H21-260304-0099"), RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate("<script>alert(1)</script>", "AAAAAAAAAAAAAAAAAAAAAA", RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate(null, "AAAAAAAAAAAAAAAAAAAAAA", RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate("x".repeat(10_000), "AAAAAAAAAAAAAAAAAAAAAA", RatingChannel.KIOSK, request)),
                () -> anyone(r -> r.rate(r5, links.token(code(1)), RatingChannel.LINK, request)),
                () -> anyone(r -> r.rate(r5, "AAAAAAAAAAAAAAAAAAAAAA", RatingChannel.LINK, request)),
                () -> anyone(r -> r.rate(r5, null, RatingChannel.LINK, request)),
                () -> anyone(r -> r.rate("000.01.19.H21-260304-0099", links.token("000.01.19.H21-260304-0099"),
                        RatingChannel.LINK, request)),
                () -> anyone(r -> r.rate(null, links.token(r5), RatingChannel.LINK, request)));
        for (Executable call : wrong) {
            refused("rating.notFound", call);
        }
        assertNull(stored(r5));
    }

    @Test
    void aDossierNotCollectedOrAnIncompleteFormIsRefusedAndNothingIsStored() {
        refused("rating.notCollected", () -> anyone(r -> r.rate(code(6), token(code(6)), RatingChannel.KIOSK, request(2, null))));
        Map<RatingIndicator, Integer> three = all(2);
        three.put(RatingIndicator.DESK_SERVICE, 3);
        refused("rating.scoreInvalid", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.KIOSK, new RatingRequestDto(three, null))));
        refused("rating.incomplete", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.KIOSK, new RatingRequestDto(Map.of(), null))));
        refused("rating.incomplete", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.KIOSK, null)));
        refused("rating.commentInvalid", () -> anyone(r -> r.rate(r5, token(r5), RatingChannel.KIOSK, request(2, "<b>tốt</b>"))));
        assertNull(stored(r5));
        assertNull(stored(code(6)));
    }

    @Test
    void theDatabaseKeepsOneRatingPerDossierAndScoresOfZeroToTwo() {
        PersistenceException twice = assertThrows(PersistenceException.class, () -> database.inTransaction(em -> {
            Dossier r1 = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code(1))
                    .getSingleResult();
            em.persist(SatisfactionRating.of(r1, all(1), null, RatingChannel.API, NOW));
            em.flush();
            return null;
        }));
        assertTrue(SqlStates.isUniqueViolation(twice), "SQLSTATE 23505 on H2, as on PostgreSQL");
        assertEquals(18, stored(code(1)).total());

        PersistenceException outOfRange = assertThrows(PersistenceException.class, () -> database.inTransaction(em ->
                em.createNativeQuery("INSERT INTO satisfaction_rating (id, dossier_id, processing_time, time_per_body,"
                        + " contacts, bodies_contacted, desk_service, publication, staff_attitude, feedback_handling,"
                        + " online_service, channel, rated_at) SELECT 1, id, 3, 2, 2, 2, 2, 2, 2, 2, 2, 'KIOSK',"
                        + " CURRENT_TIMESTAMP FROM dossier WHERE code = ?1").setParameter(1, r5).executeUpdate()));
        assertFalse(SqlStates.isUniqueViolation(outOfRange));
        assertNull(stored(r5));
    }

    @Test
    void theReportCoversTheCallersAgenciesFromTheFirstDayToBeforeTheLast() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate april = LocalDate.of(2026, 4, 1);
        RatingReportDto leader = call("lanhdao", r -> r.report(march, april));
        assertEquals(3, leader.overall().ratings());
        assertEquals(RatingFixture.MARCH, leader.from());
        assertEquals(RatingFixture.APRIL, leader.until());
        assertEquals(4, call("tinh", r -> r.report(march, april)).overall().ratings());
        assertEquals(4, call("lanhdao", r -> r.report(march, april.plusDays(1))).overall().ratings(),
                "R4, rated at midnight on the first of April");
        assertEquals(1, call("lanhdao", r -> r.report(march, march.plusDays(1))).overall().ratings(), "R3");
        refused("rating.period.invalid", () -> call("lanhdao", r -> r.report(april, march)));
        refused("rating.period.invalid", () -> call("lanhdao", r -> r.report(march, march)));
        refused("rating.period.invalid", () -> call("lanhdao", r -> r.report(null, april)));
    }
}
