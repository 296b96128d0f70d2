package vn.motcua.rating.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** The rating as stored, for the thank-you page: the total out of 18 and its percentage. */
public record RatingOutcomeDto(String dossierCode, int total, BigDecimal percentage, Instant ratedAt) {
}
