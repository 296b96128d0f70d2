package vn.motcua.rating.boundary;

import vn.motcua.rating.entity.RatingIndicator;

import java.util.Map;

/** What the applicant filled in: a score of 0, 1 or 2 for each of the nine indicators, and a free comment. */
public record RatingRequestDto(Map<RatingIndicator, Integer> scores, String comment) {
}
