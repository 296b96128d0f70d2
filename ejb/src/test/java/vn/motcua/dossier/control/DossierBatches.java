package vn.motcua.dossier.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * The generator's prepared inserts, batched and sent in the order the foreign keys need. Instants
 * are written as InstantConverter writes them, so EclipseLink reads back the same moments.
 */
final class DossierBatches implements AutoCloseable {

    private final PreparedStatement applicant;
    private final PreparedStatement key;
    private final PreparedStatement dossier;
    private final PreparedStatement task;
    private final PreparedStatement openStep;

    DossierBatches(Connection connection) throws SQLException {
        applicant = connection.prepareStatement("INSERT INTO applicant (id, kind, full_name, id_kind, id_number,"
                + " search_name, phone, version) VALUES (?, 'PERSON', ?, 'CITIZEN_ID', ?, ?, ?, 0)");
        key = connection.prepareStatement("INSERT INTO applicant_search_key (applicant_id, search_key) VALUES (?, ?)");
        dossier = connection.prepareStatement("INSERT INTO dossier (id, code, procedure_id, desk_id, channel,"
                + " applicant_id, received_at, appointment_at, statutory_due_at, status, current_step, pin_hash,"
                + " pin_salt, document_sets, paused_at, decided_at, finished_at, timeliness, event_count, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench', 1, ?, ?, ?, ?, ?, 0)");
        task = connection.prepareStatement("INSERT INTO dossier_task (id, dossier_id, step, opened_event, agency_id,"
                + " role_name, opened_at, due_at, given_by, assignee, accepted_at, closed_at, closed_by, outcome,"
                + " timeliness, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'tiepnhan', ?, ?, ?, ?, ?, ?, 0)");
        openStep = connection.prepareStatement("INSERT INTO dossier_open_step (dossier_id, step) VALUES (?, ?)");
    }

    void applicant(long id, String name, String idNumber, String searchName, String phone, List<String> keys)
            throws SQLException {
        applicant.setLong(1, id);
        applicant.setString(2, name);
        applicant.setString(3, idNumber);
        applicant.setString(4, searchName);
        applicant.setString(5, phone);
        applicant.addBatch();
        for (String k : keys) {
            key.setLong(1, id);
            key.setString(2, k);
            key.addBatch();
        }
    }

    void dossier(long id, String code, long procedure, long desk, String channel, long applicantId, Instant received,
                 GeneratedLife life) throws SQLException {
        dossier.setLong(1, id);
        dossier.setString(2, code);
        dossier.setLong(3, procedure);
        dossier.setLong(4, desk);
        dossier.setString(5, channel);
        dossier.setLong(6, applicantId);
        dossier.setTimestamp(7, Timestamp.from(received));
        dossier.setTimestamp(8, Timestamp.from(life.appointment));
        dossier.setTimestamp(9, Timestamp.from(life.appointment));
        dossier.setString(10, life.status);
        dossier.setInt(11, life.currentStep);
        setInstant(dossier, 12, life.pausedAt);
        setInstant(dossier, 13, life.status.equals("STOPPED") ? null : life.finishedAt);
        setInstant(dossier, 14, life.finishedAt);
        dossier.setString(15, life.timeliness);
        dossier.setInt(16, life.tasks.size() + 1);
        dossier.addBatch();
    }

    void task(long id, long dossierId, GeneratedLife.Task t) throws SQLException {
        task.setLong(1, id);
        task.setLong(2, dossierId);
        task.setInt(3, t.step());
        task.setInt(4, t.step());
        task.setLong(5, t.agencyId());
        task.setString(6, t.role());
        task.setTimestamp(7, Timestamp.from(t.openedAt()));
        task.setTimestamp(8, Timestamp.from(t.dueAt()));
        task.setString(9, t.assignee());
        setInstant(task, 10, t.assignee() == null ? null : t.openedAt());
        setInstant(task, 11, t.closedAt());
        task.setString(12, t.closedAt() == null ? null : t.assignee());
        task.setString(13, t.outcome());
        task.setString(14, t.timeliness());
        task.addBatch();
    }

    void openStep(long dossierId, int step) throws SQLException {
        openStep.setLong(1, dossierId);
        openStep.setInt(2, step);
        openStep.addBatch();
    }

    void flush() throws SQLException {
        for (PreparedStatement statement : List.of(applicant, key, dossier, task, openStep)) {
            statement.executeBatch();
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(applicant, key, dossier, task, openStep)) {
            statement.close();
        }
    }
}
