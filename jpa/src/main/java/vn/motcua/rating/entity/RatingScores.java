package vn.motcua.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.motcua.dossier.entity.DossierRuleException;

import java.util.EnumMap;
import java.util.Map;

/**
 * The nine scores of one rating, one SMALLINT column each: the database checks every score is 0, 1
 * or 2 and that none is missing, and the report sums each column in one aggregate query.
 */
@Embeddable
public class RatingScores {

    @Column(name = "processing_time", nullable = false, updatable = false)
    private short processingTime;

    @Column(name = "time_per_body", nullable = false, updatable = false)
    private short timePerBody;

    @Column(name = "contacts", nullable = false, updatable = false)
    private short contacts;

    @Column(name = "bodies_contacted", nullable = false, updatable = false)
    private short bodiesContacted;

    @Column(name = "desk_service", nullable = false, updatable = false)
    private short deskService;

    @Column(name = "publication", nullable = false, updatable = false)
    private short publication;

    @Column(name = "staff_attitude", nullable = false, updatable = false)
    private short staffAttitude;

    @Column(name = "feedback_handling", nullable = false, updatable = false)
    private short feedbackHandling;

    @Column(name = "online_service", nullable = false, updatable = false)
    private short onlineService;

    protected RatingScores() {
    }

    /** Every indicator scored 0, 1 or 2; otherwise refused with the first indicator at fault. */
    static RatingScores of(Map<RatingIndicator, Integer> given) {
        RatingScores scores = new RatingScores();
        for (RatingIndicator indicator : RatingIndicator.values()) {
            Integer score = given == null ? null : given.get(indicator);
            if (score == null) {
                throw new DossierRuleException("rating.incomplete", indicator.name());
            }
            if (!RatingIndicator.isScore(score)) {
                throw new DossierRuleException("rating.scoreInvalid", indicator.name(), score);
            }
            scores.set(indicator, score.shortValue());
        }
        return scores;
    }

    public int get(RatingIndicator indicator) {
        return switch (indicator) {
            case PROCESSING_TIME -> processingTime;
            case TIME_PER_BODY -> timePerBody;
            case CONTACTS -> contacts;
            case BODIES_CONTACTED -> bodiesContacted;
            case DESK_SERVICE -> deskService;
            case PUBLICATION -> publication;
            case STAFF_ATTITUDE -> staffAttitude;
            case FEEDBACK_HANDLING -> feedbackHandling;
            case ONLINE_SERVICE -> onlineService;
        };
    }

    private void set(RatingIndicator indicator, short score) {
        switch (indicator) {
            case PROCESSING_TIME -> processingTime = score;
            case TIME_PER_BODY -> timePerBody = score;
            case CONTACTS -> contacts = score;
            case BODIES_CONTACTED -> bodiesContacted = score;
            case DESK_SERVICE -> deskService = score;
            case PUBLICATION -> publication = score;
            case STAFF_ATTITUDE -> staffAttitude = score;
            case FEEDBACK_HANDLING -> feedbackHandling = score;
            case ONLINE_SERVICE -> onlineService = score;
        }
    }

    /** 0 to 18. */
    public int total() {
        int total = 0;
        for (RatingIndicator indicator : RatingIndicator.values()) {
            total += get(indicator);
        }
        return total;
    }

    public Map<RatingIndicator, Integer> asMap() {
        Map<RatingIndicator, Integer> map = new EnumMap<>(RatingIndicator.class);
        for (RatingIndicator indicator : RatingIndicator.values()) {
            map.put(indicator, get(indicator));
        }
        return map;
    }
}
