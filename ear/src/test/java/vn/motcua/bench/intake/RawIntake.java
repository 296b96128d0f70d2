package vn.motcua.bench.intake;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor the boundary is compared with: the rows one reception ends up writing (counter, applicant,
 * dossier, open step, two checklist lines, first event, desk task, audit event), as plain JDBC
 * inserts in one local transaction, with nothing computed but the event hash.
 */
final class RawIntake {

    private static final AtomicLong IDS = new AtomicLong(1_000_000_000_000L);

    private final DataSource dataSource;
    private final long procedureId;
    private final long deskId;
    private final String counterKey;

    RawIntake(DataSource dataSource, long procedureId, String deskCode) throws SQLException {
        this.dataSource = dataSource;
        this.procedureId = procedureId;
        this.counterKey = "RAW:" + deskCode;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement desk = connection.prepareStatement("SELECT id FROM agency WHERE code = ?")) {
                desk.setString(1, deskCode);
                var rows = desk.executeQuery();
                rows.next();
                this.deskId = rows.getLong(1);
            }
            try (PreparedStatement open = connection.prepareStatement(
                    "INSERT INTO dossier_counter (agency_code, counter_day, last_number) VALUES (?, ?, 0)")) {
                open.setString(1, counterKey);
                open.setObject(2, LocalDate.now(IntakeServlet.VIETNAM));
                open.executeUpdate();
            }
        }
    }

    void insert(int i) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        long applicant = IDS.incrementAndGet();
        long dossier = IDS.incrementAndGet();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement counter = connection.prepareStatement(
                    "UPDATE dossier_counter SET last_number = last_number + 1 WHERE agency_code = ? AND counter_day = ?")) {
                counter.setString(1, counterKey);
                counter.setObject(2, LocalDate.now(IntakeServlet.VIETNAM));
                counter.executeUpdate();
            }
            update(connection, "INSERT INTO applicant (id, kind, full_name, id_kind, id_number, phone, address, version,"
                    + " search_name) VALUES (?, 'PERSON', ?, 'CITIZEN_ID', ?, '0905123456', 'Thị trấn Chư Sê', 1, ?)",
                    applicant, "Nguyễn Văn Thử " + i, String.format("2%011d", i), "nguyen van thu " + i);
            update(connection, "INSERT INTO dossier (id, code, procedure_id, desk_id, channel, applicant_id, received_at,"
                    + " appointment_at, statutory_due_at, status, current_step, pin_hash, pin_salt, document_sets,"
                    + " event_count, version) VALUES (?, ?, ?, ?, 'IN_PERSON', ?, ?, ?, ?, 'RECEIVED', 1, ?, ?, 1, 1, 1)",
                    dossier, "RAW-" + dossier, procedureId, deskId, applicant, now, now, now, "h".repeat(64), "s".repeat(24));
            update(connection, "INSERT INTO dossier_open_step (dossier_id, step) VALUES (?, 1)", dossier);
            for (String name : new String[] {"Đơn đăng ký biến động đất đai", "Giấy chứng nhận quyền sử dụng đất"}) {
                update(connection, "INSERT INTO dossier_document (id, dossier_id, kind, name, document_form, copies, step,"
                        + " added_by, added_at) VALUES (?, ?, 'SUBMITTED', ?, 'ORIGINAL', 1, 1, 'tiepnhan', ?)",
                        IDS.incrementAndGet(), dossier, name, now);
            }
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("RAW-" + dossier + now).getBytes(StandardCharsets.UTF_8)));
            update(connection, "INSERT INTO dossier_event (id, dossier_id, sequence_no, occurred_at, actor, action,"
                    + " to_status, step, previous_hash, hash) VALUES (?, ?, 1, ?, 'tiepnhan', 'RECEIVE', 'RECEIVED', 1, ?, ?)",
                    IDS.incrementAndGet(), dossier, now, "0".repeat(64), hash);
            update(connection, "INSERT INTO dossier_task (id, dossier_id, step, opened_event, agency_id, role_name,"
                    + " opened_at, due_at, given_by, version) VALUES (?, ?, 1, 1, ?, 'RECEPTION', ?, ?, 'tiepnhan', 1)",
                    IDS.incrementAndGet(), dossier, deskId, now, now);
            update(connection, "INSERT INTO audit_event (id, event_id, occurred_at, actor, action, subject)"
                    + " VALUES (?, ?, ?, 'tiepnhan', 'DOSSIER_RECEIVED', ?)",
                    IDS.incrementAndGet(), UUID.randomUUID().toString(), now, "RAW-" + dossier);
            connection.commit();
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
