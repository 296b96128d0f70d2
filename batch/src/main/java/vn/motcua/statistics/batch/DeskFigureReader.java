package vn.motcua.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.control.Ii06aQuery;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Reads one desk's II.06a rows by field with the live report's own query, then hands them out one by
 * one; the checkpoint is how many were handed out, so a restart resumes with the next field.
 */
@Named
@Dependent
public class DeskFigureReader extends AbstractItemReader {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @BatchProperty
    private String desk;

    @Inject
    @BatchProperty
    private String provinceId;

    @Inject
    @BatchProperty
    private String periodType;

    @Inject
    @BatchProperty
    private String period;

    @Inject
    @BatchProperty
    private String asOf;

    private List<Ii06aRowDto> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        JobSettings settings = JobSettings.of(provinceId, periodType, period, asOf);
        rows = new Ii06aQuery(em, Set.of(Long.parseLong(desk)))
                .byField(settings.period().start(), settings.period().end(), settings.asOf());
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rows.size() ? new FigureRow(Long.parseLong(desk), rows.get(next++)) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
