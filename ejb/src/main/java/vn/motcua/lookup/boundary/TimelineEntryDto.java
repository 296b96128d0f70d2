package vn.motcua.lookup.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the public timeline: when, what (a message key under {@code lookup.event.}), where (an
 * agency's name, or null) and a detail written for the applicant (what to bring, why refused), or null.
 */
public record TimelineEntryDto(Instant at, String what, String where, String detail) implements Serializable {
}
