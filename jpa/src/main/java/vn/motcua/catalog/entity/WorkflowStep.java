package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.entity.ReferenceData;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step of an internal workflow: the department (by agency code) and role that act, the working
 * days the step may take — the control sheet (form 05, Circular 01/2018/TT-VPCP) checks each hand-off
 * against it — and what the officer may do there.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_workflow_step")
public class WorkflowStep {

    public static final int NAME_LENGTH = 500;
    public static final int GROUP_LENGTH = 20;
    public static final BigDecimal MAX_BUDGET = new BigDecimal("9999.99");

    @Id
    @SequenceGenerator(name = "catalog_workflow_step_seq", sequenceName = "catalog_workflow_step_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_workflow_step_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workflow_id")
    private Workflow workflow;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "agency_code", nullable = false, length = Procedure.AGENCY_LENGTH)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Role role;

    @Column(name = "budget_days", nullable = false, precision = 7, scale = 2)
    private BigDecimal budgetDays;

    @Column(name = "parallel_group", length = GROUP_LENGTH)
    private String parallelGroup;

    /** The allowed actions, comma-separated: a small fixed set read with the step, never queried. */
    @Column(name = "actions", nullable = false, length = 200)
    private String actions;

    protected WorkflowStep() {
    }

    WorkflowStep(Workflow workflow, int position, String name, String agencyCode, Role role, BigDecimal budgetDays,
                 String parallelGroup, Set<StepAction> actions) {
        if (budgetDays == null || budgetDays.signum() <= 0 || budgetDays.compareTo(MAX_BUDGET) > 0
                || budgetDays.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a step needs a positive budget in working days, two decimals at most");
        }
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("a step allows at least one action");
        }
        this.workflow = workflow;
        this.position = position;
        this.name = Texts.require(name, "name");
        this.agencyCode = Texts.require(agencyCode, "agencyCode");
        this.role = Objects.requireNonNull(role, "role");
        this.budgetDays = budgetDays.stripTrailingZeros();
        this.parallelGroup = Texts.optional(parallelGroup);
        this.actions = EnumSet.copyOf(actions).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Set<StepAction> allowedActions() {
        return Collections.unmodifiableSet(Arrays.stream(actions.split(",")).map(StepAction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StepAction.class))));
    }

    public boolean allows(StepAction action) {
        return allowedActions().contains(action);
    }

    public boolean isParallel() {
        return parallelGroup != null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Role getRole() {
        return role;
    }

    public BigDecimal getBudgetDays() {
        return budgetDays.stripTrailingZeros();
    }

    public String getParallelGroup() {
        return parallelGroup;
    }

    @Override
    public String toString() {
        return position + ". " + name + " (" + agencyCode + ", " + role + ", " + budgetDays.toPlainString() + " d)";
    }
}
