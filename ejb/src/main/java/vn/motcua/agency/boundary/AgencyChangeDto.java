package vn.motcua.agency.boundary;

import java.time.LocalDate;

/** One line of an agency's history. */
public record AgencyChangeDto(String kind, LocalDate effectiveOn, String detail, String actor) {
}
