package vn.motcua.rating.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.rating.boundary.RatingOutcomeDto;
import vn.motcua.rating.boundary.RatingRequestDto;
import vn.motcua.rating.boundary.SatisfactionRatings;
import vn.motcua.rating.entity.RatingChannel;
import vn.motcua.rating.entity.RatingIndicator;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;
import vn.motcua.shared.view.PublicPage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** rate.xhtml: the nine indicators scored 2/1/0 and a comment, for the dossier the link's token names. */
@Named
@RequestScoped
public class RateBacking {

    @Inject
    private SatisfactionRatings ratings;

    @Inject
    private PublicPage page;

    private String code;
    private String token;
    private final Map<String, String> scores = new HashMap<>();
    private String comment;
    private RatingOutcomeDto outcome;

    public List<RatingIndicator> getIndicators() {
        return List.of(RatingIndicator.values());
    }

    public void rate() {
        Map<RatingIndicator, Integer> given = new EnumMap<>(RatingIndicator.class);
        scores.forEach((name, score) -> {
            if (score != null && score.matches("[0-2]")) {
                given.put(RatingIndicator.valueOf(name), Integer.parseInt(score));
            }
        });
        try {
            outcome = ratings.rate(code, token, page.isKiosk() ? RatingChannel.KIOSK : RatingChannel.LINK,
                    new RatingRequestDto(given, comment));
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Map<String, String> getScores() { return scores; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public RatingOutcomeDto getOutcome() { return outcome; }
}
