package vn.motcua.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.statistics.boundary.ReportPeriod;

import java.util.List;

/**
 * Writes each row by its key (period, province, desk, field) in the chunk's transaction: the old row
 * goes, the new one comes, so a chunk redone after a failure replaces its rows and never adds to them.
 * The row keeps the execution that wrote it, which shows which chunks a restart did not redo.
 */
@Named
@Dependent
public class FigureWriter extends AbstractItemWriter {

    @PersistenceContext
    private EntityManager em;

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
    public void writeItems(List<Object> items) {
        String key = ReportPeriod.of(periodType, period).key();
        long province = Long.parseLong(provinceId);
        for (Object item : items) {
            FigureRow figure = (FigureRow) item;
            em.createNativeQuery("DELETE FROM statistics_figure WHERE period_key = ?1 AND province_id = ?2"
                    + " AND desk_id = ?3 AND field_code = ?4").setParameter(1, key).setParameter(2, province)
                    .setParameter(3, figure.deskId()).setParameter(4, figure.row().fieldCode()).executeUpdate();
            var insert = em.createNativeQuery("INSERT INTO statistics_figure (period_key, province_id, desk_id,"
                    + " field_code, field_name, received, received_online, received_in_person, carried_over, resolved,"
                    + " resolved_early, resolved_on_time, resolved_late, in_progress, within_deadline, overdue,"
                    + " job_execution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
                    .setParameter(1, key).setParameter(2, province).setParameter(3, figure.deskId())
                    .setParameter(4, figure.row().fieldCode()).setParameter(5, figure.row().fieldName())
                    .setParameter(17, job.getExecutionId());
            long[] figures = figure.row().figures();
            for (int i = 0; i < figures.length; i++) {
                insert.setParameter(6 + i, figures[i]);
            }
            insert.executeUpdate();
        }
    }
}
