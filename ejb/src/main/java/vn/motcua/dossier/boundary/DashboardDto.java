package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bảng điều hành: how a leader's agencies stand at {@code at}. Statuses count the dossiers received in
 * the period; loads, aging, bottlenecks and the overdue list are about the work open now.
 */
public record DashboardDto(LocalDate from, LocalDate to, Instant at, List<StatusCount> statuses,
                           List<Load> departments, List<Load> officers, List<AgeBucket> aging,
                           List<Bottleneck> bottlenecks, List<OverdueDossier> overdue) {

    public DashboardDto {
        statuses = List.copyOf(statuses);
        departments = List.copyOf(departments);
        officers = List.copyOf(officers);
        aging = List.copyOf(aging);
        bottlenecks = List.copyOf(bottlenecks);
        overdue = List.copyOf(overdue);
    }

    public record StatusCount(String status, long count) {
    }

    /**
     * Open tasks of one department ({@code key} its agency code) or one officer ({@code key} the user
     * name, null with the name "Chưa phân công" for tasks nobody holds yet); overdue ones past their
     * step's due, not counting dossiers paused for a supplement.
     */
    public record Load(String key, String name, long openTasks, long overdueTasks) {
    }

    /** Running dossiers received {@code fromDays} to {@code toDays} calendar days ago; {@code toDays} null: or more. */
    public record AgeBucket(int fromDays, Integer toDays, long count) {
    }

    /**
     * A workflow step at a department: its open and overdue tasks, and how long its tasks closed in the
     * last 30 days took on average, in calendar hours (null when none closed).
     */
    public record Bottleneck(String stepName, String agencyCode, String agencyName, long openTasks, long overdueTasks,
                             long closedTasks, Double averageHours) {
    }

    /** A running dossier past its appointment and who holds it now (the desk when no step is open). */
    public record OverdueDossier(String code, String procedureName, String applicantName, Instant receivedAt,
                                 Instant appointmentAt, List<Holder> holders) {

        public OverdueDossier {
            holders = List.copyOf(holders);
        }
    }

    /** {@code officerName} null when the task is not assigned. */
    public record Holder(String agencyName, String officerName) {
    }
}
