package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Everything an officer sees of one dossier: where it stands, its papers, its steps and its journal,
 * and what this officer may do with it now.
 */
public record DossierViewDto(String code, long version, String procedureCode, String procedureName, String fieldName,
                             String deskName, String channel, String status, String applicantName,
                             String applicantIdNumber, String applicantPhone, String applicantEmail,
                             String applicantAddress, Instant receivedAt, Instant appointmentAt,
                             Instant statutoryDueAt, Instant pausedAt, Instant apologisedAt, Instant finishedAt,
                             String timeliness, String level, String collectedBy, String notes,
                             List<Document> documents, List<Task> tasks, List<Event> events, boolean journalIntact,
                             List<StepOption> actionable, DeskOptions desk) {

    public DossierViewDto {
        documents = List.copyOf(documents);
        tasks = List.copyOf(tasks);
        events = List.copyOf(events);
        actionable = List.copyOf(actionable);
    }

    public record Document(long storedFileId, String kind, String name, String form, int copies, int step,
                          String addedBy, Instant addedAt) {
    }

    public record Task(long id, int step, String stepName, String agencyName, String role, String givenBy,
                       String assignee, Instant openedAt, Instant dueAt, Instant closedAt, String outcome,
                       String timeliness, String level) {
    }

    public record Event(int sequence, Instant at, String actor, String action, String fromStatus, String toStatus,
                        int step, String note, String attachmentIds) {
    }

    /**
     * An open task this officer may act on, with the workflow actions its step allows and the earlier
     * steps it may send the dossier back to; {@code leader} when the officer may assign it; {@code working}
     * when the dossier's status still lets officers take it and record work.
     */
    public record StepOption(long taskId, int step, String stepName, List<String> actions, List<Integer> earlierSteps,
                             boolean leader, List<String> assignees, String assignee, boolean working) {
    }

    /** The desk actions this officer may take on the dossier now. */
    public record DeskOptions(boolean supplementReceived, boolean stop, boolean apologise, boolean returnResult) {
    }
}
