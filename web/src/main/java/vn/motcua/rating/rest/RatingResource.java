package vn.motcua.rating.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.rating.boundary.RatingOutcomeDto;
import vn.motcua.rating.boundary.RatingRequestDto;
import vn.motcua.rating.boundary.SatisfactionRatings;
import vn.motcua.rating.entity.RatingChannel;
import vn.motcua.rating.entity.RatingIndicator;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.rest.ApiMessages;
import vn.motcua.shared.rest.PublicApiErrors;

import java.util.EnumMap;
import java.util.Map;

/**
 * POST /api/v1/ratings {"code", "token", "scores": {"PROCESSING_TIME": 2, …}, "comment"}: 201 with the
 * total; 400 with a Vietnamese message for a refused rating (incomplete, already rated, not collected),
 * 404 alike for an unknown code and a wrong token.
 */
@ApplicationScoped
@Path("ratings")
public class RatingResource {

    /** The request body. */
    public record RatingBody(String code, String token, Map<String, Integer> scores, String comment) {
    }

    @Inject
    private SatisfactionRatings ratings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response rate(RatingBody body) {
        if (body == null) {
            return refused(400, "api.error.json", new Object[0]);
        }
        try {
            RatingOutcomeDto outcome = ratings.rate(body.code(), body.token(), RatingChannel.API,
                    new RatingRequestDto(scores(body.scores()), body.comment()));
            return Response.status(201).entity(outcome).build();
        } catch (BusinessException refusal) {
            return refused("rating.notFound".equals(refusal.getMessageKey()) ? 404 : 400, refusal.getMessageKey(),
                    refusal.getArguments());
        }
    }

    /** Indicators by name; an unknown name is left out, so the boundary refuses the rating as incomplete. */
    private static Map<RatingIndicator, Integer> scores(Map<String, Integer> given) {
        Map<RatingIndicator, Integer> scores = new EnumMap<>(RatingIndicator.class);
        if (given != null) {
            for (RatingIndicator indicator : RatingIndicator.values()) {
                Integer score = given.get(indicator.name());
                if (score != null) {
                    scores.put(indicator, score);
                }
            }
        }
        return scores;
    }

    private static Response refused(int status, String key, Object[] arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(new PublicApiErrors.ApiError(status == 404 ? "NOT_FOUND" : "REFUSED",
                        ApiMessages.text("vi", key, arguments))).build();
    }
}
