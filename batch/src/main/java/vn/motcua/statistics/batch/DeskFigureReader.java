package vn.motcua.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.statistics.control.Ii06aQuery;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the II.06a rows by desk and field of a partition's desks with the live report's own conditions
 * (one scan), then hands them out one by one; the checkpoint is how many were handed out, so a restart
 * resumes with the next row (the rows come in desk and field order, the same again for a closed period).
 */
@Named
@Dependent
public class DeskFigureReader extends AbstractItemReader {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @BatchProperty
    private String desks;

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

    private List<FigureRow> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        JobSettings settings = JobSettings.of(provinceId, periodType, period, asOf);
        Set<Long> owned = Arrays.stream(desks.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        rows = new ArrayList<>();
        new Ii06aQuery(em, owned).byDeskAndField(settings.period().start(), settings.period().end(), settings.asOf())
                .forEach((desk, fields) -> fields.forEach(row -> rows.add(new FigureRow(desk, row))));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
