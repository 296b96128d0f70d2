package vn.motcua.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.motcua.statistics.boundary.ReportPeriod;

/**
 * Forgets the rows of an earlier run of the same province and period, so a desk that no longer has
 * a dossier in it leaves no row behind. Runs once per job instance: a restart keeps what was written.
 */
@Named
@Dependent
public class FigureClearBatchlet extends AbstractBatchlet {

    @PersistenceContext
    private EntityManager em;

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
    @Transactional
    public String process() {
        em.createNativeQuery("DELETE FROM statistics_figure WHERE period_key = ?1 AND province_id = ?2")
                .setParameter(1, ReportPeriod.of(periodType, period).key())
                .setParameter(2, Long.parseLong(provinceId)).executeUpdate();
        return "COMPLETED";
    }
}
