package vn.motcua.audit.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.entity.AuditEvent;
import vn.motcua.shared.boundary.Clocks;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the audit events of [from, to) in id order, a page at a time; checkpoints the last id read. */
@Named
@Dependent
public class AuditEventReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @BatchProperty
    private String from;

    @Inject
    @BatchProperty
    private String to;

    private final Deque<AuditEvent> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(em.createQuery("SELECT e FROM AuditEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to"
                            + " AND e.id > :lastId ORDER BY e.id", AuditEvent.class)
                    .setParameter("from", startOf(from))
                    .setParameter("to", startOf(to))
                    .setParameter("lastId", lastId)
                    .setMaxResults(PAGE)
                    .getResultList());
            exhausted = page.size() < PAGE;
        }
        AuditEvent next = page.poll();
        if (next != null) {
            lastId = next.getId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    private static Instant startOf(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(Clocks.VIETNAM).toInstant();
    }
}
