package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.Workflow;
import vn.motcua.catalog.entity.WorkflowStep;
import vn.motcua.identity.entity.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an internal workflow: every step is filled in and reachable, parallel groups are runs of
 * at least two consecutive steps, and the whole fits the statutory term of the procedure and of
 * each channel — the office must be able to return the result on time (Decree 61/2018/NĐ-CP).
 */
final class WorkflowRules {

    static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)+");
    private static final Pattern GROUP = Pattern.compile("[\\p{L}0-9_-]+");
    private static final Set<Role> ACTING = EnumSet.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);

    private WorkflowRules() {
    }

    /** termDays: the procedure's term in working days; channelDays: each channel's, null if unknown. */
    static void check(List<WorkflowStepDto> steps, BigDecimal termDays, List<BigDecimal> channelDays, TextChecks t) {
        if (!t.present("workflow", steps)) {
            return;
        }
        boolean budgetsKnown = true;
        for (int j = 0; j < steps.size(); j++) {
            budgetsKnown &= step("workflow[" + j + "]", steps.get(j), t);
        }
        groups(steps, t);
        reachability(steps, t);
        if (!budgetsKnown) {
            return;
        }
        BigDecimal total = Workflow.criticalDays(steps.stream().map(WorkflowStepDto::days).toList(),
                steps.stream().map(WorkflowStepDto::parallelGroup).toList());
        if (termDays != null && total.compareTo(termDays) > 0) {
            t.add("workflow", "catalog.workflow.overBudget", total, termDays);
        }
        for (int k = 0; k < channelDays.size(); k++) {
            BigDecimal days = channelDays.get(k);
            if (days != null && total.compareTo(days) > 0) {
                t.add("channels[" + k + "].term", "catalog.workflow.overBudget", total, days);
            }
        }
    }

    /** Checks one step; true when its budget is a usable number of days. */
    private static boolean step(String path, WorkflowStepDto step, TextChecks t) {
        t.text(path + ".name", step.name(), true, WorkflowStep.NAME_LENGTH);
        t.code(path + ".agency", step.agency(), Procedure.AGENCY_LENGTH, AGENCY_CODE, "000.03.19.H21");
        if (t.present(path + ".role", step.role()) && !ACTING.contains(step.role())) {
            t.add(path + ".role", "catalog.workflow.roleNotActing", CatalogVocabulary.label(step.role()));
        }
        if (step.parallelGroup() != null && (step.parallelGroup().length() > WorkflowStep.GROUP_LENGTH
                || !GROUP.matcher(step.parallelGroup()).matches())) {
            t.add(path + ".parallelGroup", "catalog.value.badFormat", step.parallelGroup(), "A, B, TD1");
        }
        t.present(path + ".actions", step.actions());
        if (!t.present(path + ".days", step.days())) {
            return false;
        }
        boolean usable = step.days().signum() > 0 && step.days().compareTo(WorkflowStep.MAX_BUDGET) <= 0
                && step.days().scale() <= 2;
        if (!usable) {
            t.add(path + ".days", "catalog.value.badAmount", step.days(), WorkflowStep.MAX_BUDGET);
        }
        return usable;
    }

    private static void groups(List<WorkflowStepDto> steps, TextChecks t) {
        Set<String> closed = new HashSet<>();
        int j = 0;
        while (j < steps.size()) {
            String group = steps.get(j).parallelGroup();
            int end = j;
            while (group != null && end + 1 < steps.size() && group.equals(steps.get(end + 1).parallelGroup())) {
                end++;
            }
            if (group != null && !closed.add(group)) {
                t.add("workflow[" + j + "].parallelGroup", "catalog.workflow.groupSplit", group);
            } else if (group != null && end == j) {
                t.add("workflow[" + j + "].parallelGroup", "catalog.workflow.groupSingle", group);
            }
            j = end + 1;
        }
    }

    /** A stage can be reached only if every step of the stage before can move the dossier on. */
    private static void reachability(List<WorkflowStepDto> steps, TextChecks t) {
        List<List<Integer>> stages = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
            String group = steps.get(j).parallelGroup();
            if (j > 0 && group != null && Objects.equals(group, steps.get(j - 1).parallelGroup())) {
                stages.get(stages.size() - 1).add(j);
            } else {
                stages.add(new ArrayList<>(List.of(j)));
            }
        }
        boolean reachable = true;
        for (int s = 1; s < stages.size(); s++) {
            reachable &= stages.get(s - 1).stream().allMatch(j -> advances(steps.get(j)));
            if (!reachable) {
                for (int j : stages.get(s)) {
                    t.add("workflow[" + j + "]", "catalog.workflow.unreachable", j + 1);
                }
            }
        }
    }

    private static boolean advances(WorkflowStepDto step) {
        return step.actions().stream().anyMatch(StepAction.ADVANCING::contains);
    }
}
