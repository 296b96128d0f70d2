package vn.motcua.dossier.boundary;

import java.time.Instant;

/**
 * One open task in a department's inbox, with how both the whole dossier and the current step stand
 * against their dues: WITHIN_DEADLINE, DUE_SOON or OVERDUE (PAUSED while awaiting a supplement).
 */
public record InboxRowDto(long taskId, long dossierVersion, String dossierCode, String procedureName,
                          String applicantName, int step, String stepName, String agencyName, String assignee,
                          String status, Instant openedAt, Instant stepDueAt, Instant appointmentAt,
                          String dossierLevel, String stepLevel) {
}
