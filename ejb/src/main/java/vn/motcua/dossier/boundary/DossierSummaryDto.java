package vn.motcua.dossier.boundary;

import java.time.Instant;

/**
 * One dossier in a search result. {@code timeliness} is EARLY / ON_TIME / LATE once returned and
 * WITHIN_DEADLINE / OVERDUE against the statutory due before (report II.06a); {@code level} colours a
 * running dossier by its appointment (a DeadlineLevel name) and is null once the office is done.
 */
public record DossierSummaryDto(String code, String procedureCode, String procedureName, String fieldName,
                                String applicantName, String status, Instant receivedAt, Instant appointmentAt,
                                Instant finishedAt, String timeliness, String level) {
}
