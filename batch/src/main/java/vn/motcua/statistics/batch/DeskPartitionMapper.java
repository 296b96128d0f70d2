package vn.motcua.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.statistics.control.ReportingAgencies;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Partitions the province by agency: each partition owns the desks whose id falls to it (a hash of the id
 * modulo the number of partitions, so a desk stays in its partition on a restart however the province
 * changes; hashed, as a district and its desk take consecutive ids and the desks' ids would share a parity),
 * and counts them in one scan. Each dossier belongs to exactly one desk, so the partitions' rows add up
 * to the province without overlap. As many partitions as threads by default: on PostgreSQL a desk's
 * dossiers lie all over the table, so one scan per desk would read it once per desk.
 */
@Named
@Dependent
public class DeskPartitionMapper implements PartitionMapper {

    /** Two cores on the reference server: more threads only wait for the same disk. */
    static final int THREADS = 2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @BatchProperty
    private String provinceId;

    @Inject
    @BatchProperty
    private String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        Set<Long> subtree = new ReportingAgencies(em).subtree(Long.parseLong(provinceId));
        // one index probe per agency (desk_id, received_at), not a pass over the dossiers
        List<Long> desks = em.createQuery("SELECT a.id FROM Agency a WHERE a.id IN :subtree AND EXISTS"
                + " (SELECT d.id FROM Dossier d WHERE d.desk = a) ORDER BY a.id", Long.class)
                .setParameter("subtree", subtree).getResultList();
        int count = partitions == null || partitions.isBlank() ? THREADS : Math.max(1, Integer.parseInt(partitions));
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            int partition = i;
            properties[i] = new Properties();
            // a partition without a desk counts the desk -1, which holds nothing, and completes
            properties[i].setProperty("desks", desks.stream().filter(desk -> partitionOf(desk, count) == partition)
                    .map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("-1"));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(Math.min(THREADS, count));
        plan.setPartitionProperties(properties);
        return plan;
    }

    /** Fibonacci hashing: the id's high bits after a multiplication by 2^64 / golden ratio. */
    static int partitionOf(long desk, int partitions) {
        return Math.floorMod((int) ((desk * 0x9E3779B97F4A7C15L) >>> 32), partitions);
    }
}
