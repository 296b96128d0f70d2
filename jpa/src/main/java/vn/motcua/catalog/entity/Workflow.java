package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.entity.ReferenceData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Quy trình nội bộ: who handles a procedure's dossier, in which order and in how much time (Decree
 * 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP: the province approves one per procedure).
 * Consecutive steps sharing a parallel group run side by side, and all of them must finish.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_workflow")
public class Workflow {

    @Id
    @SequenceGenerator(name = "catalog_workflow_seq", sequenceName = "catalog_workflow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_workflow_seq")
    private Long id;

    @OneToMany(mappedBy = "workflow", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkflowStep> steps = new ArrayList<>();

    /** A new procedure version starts with an empty workflow (also the constructor JPA needs). */
    protected Workflow() {
    }

    WorkflowStep append(String name, String agencyCode, Role role, BigDecimal budgetDays, String parallelGroup,
                        Set<StepAction> actions) {
        WorkflowStep step = new WorkflowStep(this, steps.size() + 1, name, agencyCode, role, budgetDays,
                parallelGroup, actions);
        steps.add(step);
        return step;
    }

    /** The working days the steps take end to end: parallel steps count once, by the longest. */
    public BigDecimal budgetDays() {
        return criticalDays(steps.stream().map(WorkflowStep::getBudgetDays).toList(),
                steps.stream().map(WorkflowStep::getParallelGroup).toList());
    }

    /**
     * Sums the stages of a workflow given its steps' budgets and parallel groups in step order: a run
     * of consecutive steps in the same group is one stage lasting as long as its longest step.
     */
    public static BigDecimal criticalDays(List<BigDecimal> budgets, List<String> groups) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal stage = BigDecimal.ZERO;
        String stageGroup = null;
        for (int i = 0; i < budgets.size(); i++) {
            BigDecimal budget = budgets.get(i) == null ? BigDecimal.ZERO : budgets.get(i);
            String group = groups.get(i);
            if (group != null && group.equals(stageGroup)) {
                stage = stage.max(budget);
            } else {
                total = total.add(stage);
                stage = budget;
                stageGroup = group;
            }
        }
        return total.add(stage).stripTrailingZeros();
    }

    public Long getId() {
        return id;
    }

    public List<WorkflowStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
