package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.StepAction;
import vn.motcua.identity.entity.Role;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * One step of the internal workflow: where (agency code), by whom (role), how many working days, in
 * which parallel group if any, and which actions the officer may take there.
 */
public record WorkflowStepDto(String name, String agency, Role role, BigDecimal days, String parallelGroup,
                              Set<StepAction> actions) implements Serializable {

    public WorkflowStepDto {
        name = Values.text(name);
        agency = Values.text(agency);
        days = Values.number(days);
        parallelGroup = Values.text(parallelGroup);
        actions = actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }
}
