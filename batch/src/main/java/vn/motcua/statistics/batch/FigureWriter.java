package vn.motcua.statistics.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.statistics.boundary.ReportPeriod;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes each row by its key (period, province, desk, field) in the chunk's transaction: the old row
 * goes, the new one comes, so a chunk redone after a failure replaces its rows and never adds to them.
 * The row keeps the execution that wrote it, which shows which chunks a restart did not redo. A chunk
 * goes to the database as two JDBC batches, not two statements per row.
 */
@Named
@Dependent
public class FigureWriter extends AbstractItemWriter {

    private static final String DELETE = "DELETE FROM statistics_figure WHERE period_key = ? AND province_id = ?"
            + " AND desk_id = ? AND field_code = ?";
    private static final String INSERT = "INSERT INTO statistics_figure (period_key, province_id, desk_id, field_code,"
            + " field_name, received, received_online, received_in_person, carried_over, resolved, resolved_early,"
            + " resolved_on_time, resolved_late, in_progress, within_deadline, overdue, job_execution)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The persistence unit's data source: in the chunk's transaction it hands out that transaction's connection. */
    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String provinceId;

    @Inject
    @BatchProperty
    private String periodType;

    @Inject
    @BatchProperty
    private String period;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        String key = ReportPeriod.of(periodType, period).key();
        long province = Long.parseLong(provinceId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Object item : items) {
                FigureRow figure = (FigureRow) item;
                delete.setString(1, key);
                delete.setLong(2, province);
                delete.setLong(3, figure.deskId());
                delete.setString(4, figure.row().fieldCode());
                delete.addBatch();
                insert.setString(1, key);
                insert.setLong(2, province);
                insert.setLong(3, figure.deskId());
                insert.setString(4, figure.row().fieldCode());
                insert.setString(5, figure.row().fieldName());
                long[] figures = figure.row().figures();
                for (int i = 0; i < figures.length; i++) {
                    insert.setLong(6 + i, figures[i]);
                }
                insert.setLong(17, job.getExecutionId());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }
}
