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
 * One partition per desk of the province that ever received a dossier: each dossier belongs to exactly
 * one desk, so the partitions' rows add up to the province without overlap. The plan is the same on a
 * restart (desks are never deleted), so each partition finds its own checkpoint again.
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

    @Override
    public PartitionPlan mapPartitions() {
        Set<Long> subtree = new ReportingAgencies(em).subtree(Long.parseLong(provinceId));
        // one index probe per agency (desk_id, received_at), not a pass over the dossiers
        List<Long> desks = em.createQuery("SELECT a.id FROM Agency a WHERE a.id IN :subtree AND EXISTS"
                + " (SELECT d.id FROM Dossier d WHERE d.desk = a) ORDER BY a.id", Long.class)
                .setParameter("subtree", subtree).getResultList();
        PartitionPlanImpl plan = new PartitionPlanImpl();
        Properties[] properties = new Properties[Math.max(1, desks.size())];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new Properties();
            // a province without any dossier still runs one empty partition, so the job completes
            properties[i].setProperty("desk", desks.isEmpty() ? "-1" : String.valueOf(desks.get(i)));
        }
        plan.setPartitions(properties.length);
        plan.setThreads(Math.min(THREADS, properties.length));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
