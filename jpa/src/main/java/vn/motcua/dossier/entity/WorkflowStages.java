package vn.motcua.dossier.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stages of a workflow: a run of consecutive steps sharing a parallel group is one stage whose
 * steps are open together, and the next stage opens only when all of them are done (the same
 * reading the catalog's Workflow.criticalDays uses). Steps are numbered from 1.
 */
final class WorkflowStages {

    private final List<String> groups;

    WorkflowStages(List<String> groupsInStepOrder) {
        if (groupsInStepOrder.isEmpty()) {
            throw new IllegalArgumentException("a dossier needs a procedure with at least one workflow step");
        }
        this.groups = new ArrayList<>(groupsInStepOrder);
    }

    int size() {
        return groups.size();
    }

    /** The steps of the stage that contains the step. */
    Set<Integer> stageOf(int step) {
        int first = step;
        int last = step;
        String group = groups.get(step - 1);
        if (group != null) {
            while (first > 1 && Objects.equals(groups.get(first - 2), group)) {
                first--;
            }
            while (last < groups.size() && Objects.equals(groups.get(last), group)) {
                last++;
            }
        }
        Set<Integer> stage = new TreeSet<>();
        for (int i = first; i <= last; i++) {
            stage.add(i);
        }
        return stage;
    }

    /** The stage after the one holding the step; empty after the last. */
    Set<Integer> stageAfter(int step) {
        int last = ((TreeSet<Integer>) stageOf(step)).last();
        return last < groups.size() ? stageOf(last + 1) : Set.of();
    }
}
