package vn.motcua.rating.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.Dossiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.entity.Dossiers.at;

class SatisfactionRatingTest {

    private static final Instant RATED = at(24 * 60);

    /** Through the five-step workflow of {@link Dossiers} to the result collected at the desk. */
    private static Dossier collected() {
        Dossier dossier = Dossiers.received();
        dossier.forward(1, null, at(10));
        dossier.forward(2, null, at(20));
        dossier.forward(3, null, at(30));
        dossier.approve(4, "Đồng ý", at(40));
        dossier.forward(5, null, at(50));
        dossier.returnResult("Nguyễn Văn An", true, at(60), Timeliness.ON_TIME);
        return dossier;
    }

    private static Map<RatingIndicator, Integer> all(int score) {
        Map<RatingIndicator, Integer> scores = new EnumMap<>(RatingIndicator.class);
        Arrays.stream(RatingIndicator.values()).forEach(indicator -> scores.put(indicator, score));
        return scores;
    }

    private static void refused(String messageKey, Executable rating) {
        assertEquals(messageKey, assertThrows(DossierRuleException.class, rating).getMessageKey());
    }

    @Test
    void theNineIndicatorsComeInTheOrderOfTheDecreeEachWithItsLabel() {
        assertEquals(List.of("PROCESSING_TIME", "TIME_PER_BODY", "CONTACTS", "BODIES_CONTACTED", "DESK_SERVICE",
                "PUBLICATION", "STAFF_ATTITUDE", "FEEDBACK_HANDLING", "ONLINE_SERVICE"),
                Arrays.stream(RatingIndicator.values()).map(Enum::name).toList());
        assertEquals("rating.indicator.STAFF_ATTITUDE", RatingIndicator.STAFF_ATTITUDE.labelKey());
        assertEquals(18, RatingIndicator.MAX_TOTAL);
    }

    @Test
    void aCollectedDossierIsRatedWithItsTotalAndPercentage() {
        Map<RatingIndicator, Integer> scores = all(2);
        scores.put(RatingIndicator.CONTACTS, 1);
        scores.put(RatingIndicator.ONLINE_SERVICE, 0);
        Dossier dossier = collected();
        SatisfactionRating rating = SatisfactionRating.of(dossier, scores, "  Cán bộ hướng dẫn tận tình.  ",
                RatingChannel.KIOSK, RATED);
        assertEquals(15, rating.total());
        assertEquals(new BigDecimal("83.3"), rating.percentage());
        assertEquals(1, rating.score(RatingIndicator.CONTACTS));
        assertEquals(0, rating.score(RatingIndicator.ONLINE_SERVICE));
        assertEquals(2, rating.score(RatingIndicator.PROCESSING_TIME));
        assertEquals(scores, rating.getScores());
        assertEquals("Cán bộ hướng dẫn tận tình.", rating.getComment());
        assertEquals(RatingChannel.KIOSK, rating.getChannel());
        assertEquals(RATED, rating.getRatedAt());
        assertEquals(dossier, rating.getDossier());
    }

    @Test
    void percentagesRoundToOneDecimal() {
        assertEquals(new BigDecimal("100.0"), SatisfactionRating.percentage(18));
        assertEquals(new BigDecimal("94.4"), SatisfactionRating.percentage(17));
        assertEquals(new BigDecimal("50.0"), SatisfactionRating.percentage(9));
        assertEquals(new BigDecimal("5.6"), SatisfactionRating.percentage(1));
        assertEquals(new BigDecimal("0.0"), SatisfactionRating.percentage(0));
    }

    @Test
    void onlyACollectedDossierMayBeRated() {
        Dossier received = Dossiers.received();
        refused("rating.notCollected", () -> SatisfactionRating.of(received, all(2), null, RatingChannel.LINK, RATED));

        Dossier ready = Dossiers.received();
        ready.forward(1, null, at(10));
        ready.forward(2, null, at(20));
        ready.forward(3, null, at(30));
        ready.approve(4, null, at(40));
        ready.forward(5, null, at(50));
        DossierRuleException notYet = assertThrows(DossierRuleException.class,
                () -> SatisfactionRating.of(ready, all(2), null, RatingChannel.LINK, RATED));
        assertEquals("rating.notCollected", notYet.getMessageKey());
        assertArrayEquals(new Object[] {"000.01.19.H21-260302-0001"}, notYet.getArguments());

        Dossier refusedDossier = Dossiers.received();
        refusedDossier.forward(1, null, at(10));
        refusedDossier.refuse(2, List.of("Giấy tờ không hợp lệ"), at(20));
        refused("rating.notCollected",
                () -> SatisfactionRating.of(refusedDossier, all(2), null, RatingChannel.LINK, RATED));
    }

    @Test
    void everyIndicatorNeedsAScoreOfZeroOneOrTwo() {
        Dossier dossier = collected();
        Map<RatingIndicator, Integer> missing = all(1);
        missing.remove(RatingIndicator.FEEDBACK_HANDLING);
        DossierRuleException incomplete = assertThrows(DossierRuleException.class,
                () -> SatisfactionRating.of(dossier, missing, null, RatingChannel.KIOSK, RATED));
        assertEquals("rating.incomplete", incomplete.getMessageKey());
        assertArrayEquals(new Object[] {"FEEDBACK_HANDLING"}, incomplete.getArguments());

        Map<RatingIndicator, Integer> withNull = new HashMap<>(all(1));
        withNull.put(RatingIndicator.PUBLICATION, null);
        refused("rating.incomplete", () -> SatisfactionRating.of(dossier, withNull, null, RatingChannel.KIOSK, RATED));
        refused("rating.incomplete", () -> SatisfactionRating.of(dossier, null, null, RatingChannel.KIOSK, RATED));
        refused("rating.incomplete", () -> SatisfactionRating.of(dossier, Map.of(), null, RatingChannel.KIOSK, RATED));

        for (int wrong : new int[] {3, -1, 10}) {
            Map<RatingIndicator, Integer> scores = all(2);
            scores.put(RatingIndicator.STAFF_ATTITUDE, wrong);
            DossierRuleException invalid = assertThrows(DossierRuleException.class,
                    () -> SatisfactionRating.of(dossier, scores, null, RatingChannel.KIOSK, RATED));
            assertEquals("rating.scoreInvalid", invalid.getMessageKey());
            assertArrayEquals(new Object[] {"STAFF_ATTITUDE", wrong}, invalid.getArguments());
        }
    }

    @Test
    void theCommentIsPlainTextOfAtMostAThousandCharacters() {
        Dossier dossier = collected();
        assertNull(SatisfactionRating.of(dossier, all(1), "   ", RatingChannel.LINK, RATED).getComment());
        assertNull(SatisfactionRating.of(dossier, all(1), null, RatingChannel.LINK, RATED).getComment());
        String longest = "ạ".repeat(1000);
        assertEquals(longest, SatisfactionRating.of(dossier, all(1), longest, RatingChannel.LINK, RATED).getComment());
        refused("rating.commentInvalid",
                () -> SatisfactionRating.of(dossier, all(1), longest + "a", RatingChannel.LINK, RATED));
        refused("rating.commentInvalid", () -> SatisfactionRating.of(dossier, all(1),
                "Tốt<script>alert(1)</script>", RatingChannel.LINK, RATED));
        refused("rating.commentInvalid", () -> SatisfactionRating.of(dossier, all(1), "a > b", RatingChannel.LINK,
                RATED));
    }

    @Test
    void aRatingIsKnownByItsDossier() {
        Dossier dossier = collected();
        SatisfactionRating first = SatisfactionRating.of(dossier, all(2), null, RatingChannel.KIOSK, RATED);
        SatisfactionRating second = SatisfactionRating.of(dossier, all(0), "Khác", RatingChannel.LINK, RATED);
        assertEquals(first, second);
        assertEquals(dossier.hashCode(), first.hashCode());
        assertNotEquals(first.total(), second.total());
    }
}
