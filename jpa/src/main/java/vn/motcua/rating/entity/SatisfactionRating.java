package vn.motcua.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.DossierStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Đánh giá mức độ hài lòng: what the applicant thought of how their dossier was handled, given once
 * the result was collected. Never changed afterwards: one rating per dossier, kept by a unique key.
 */
@Entity
@Table(name = "satisfaction_rating")
@NamedQuery(name = "SatisfactionRating.ofDossier",
        query = "SELECT r FROM SatisfactionRating r WHERE r.dossier = :dossier")
public class SatisfactionRating {

    public static final int COMMENT_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "satisfaction_rating_seq", sequenceName = "satisfaction_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_rating_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, unique = true, updatable = false)
    private Dossier dossier;

    @Embedded
    private RatingScores scores;

    @Column(name = "comment_text", length = COMMENT_LENGTH, updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RatingChannel channel;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    protected SatisfactionRating() {
    }

    /**
     * The applicant rates a dossier whose result they collected (status RETURNED, set by
     * {@code Dossier.returnResult}); a refused or stopped dossier was never served, so is not rated.
     * Every indicator needs a score of 0, 1 or 2; the comment is plain text, blank meaning none.
     */
    public static SatisfactionRating of(Dossier dossier, Map<RatingIndicator, Integer> scores, String comment,
                                        RatingChannel channel, Instant at) {
        Objects.requireNonNull(dossier, "dossier");
        if (dossier.getStatus() != DossierStatus.RETURNED) {
            throw new DossierRuleException("rating.notCollected", dossier.getCode().value());
        }
        SatisfactionRating rating = new SatisfactionRating();
        rating.dossier = dossier;
        rating.scores = RatingScores.of(scores);
        rating.comment = comment(comment);
        rating.channel = Objects.requireNonNull(channel, "channel");
        rating.ratedAt = Objects.requireNonNull(at, "at");
        return rating;
    }

    private static String comment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        // shown to staff on report pages: plain text only, as for every other free text of the public
        if (stripped.length() > COMMENT_LENGTH || stripped.indexOf('<') >= 0 || stripped.indexOf('>') >= 0) {
            throw new DossierRuleException("rating.commentInvalid", COMMENT_LENGTH);
        }
        return stripped;
    }

    public int score(RatingIndicator indicator) {
        return scores.get(indicator);
    }

    /** Out of {@link RatingIndicator#MAX_TOTAL} (18). */
    public int total() {
        return scores.total();
    }

    /** The total as a share of the best possible, in per cent with one decimal: 17 of 18 is 94.4. */
    public BigDecimal percentage() {
        return percentage(total());
    }

    public static BigDecimal percentage(int total) {
        return BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(RatingIndicator.MAX_TOTAL), 1,
                RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }
    public Dossier getDossier() { return dossier; }
    public Map<RatingIndicator, Integer> getScores() { return scores.asMap(); }
    public String getComment() { return comment; }
    public RatingChannel getChannel() { return channel; }
    public Instant getRatedAt() { return ratedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SatisfactionRating that && dossier.equals(that.dossier);
    }

    @Override
    public int hashCode() {
        return dossier.hashCode();
    }

    @Override
    public String toString() {
        return dossier.getCode() + " " + total() + "/" + RatingIndicator.MAX_TOTAL;
    }
}
