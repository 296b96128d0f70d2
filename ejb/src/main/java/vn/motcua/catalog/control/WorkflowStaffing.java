package vn.motcua.catalog.control;

import jakarta.persistence.EntityManager;
import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A workflow step can only be worked if its agency exists and someone there holds its role: checked
 * against the live agency tree and accounts before a release is stored, so no dossier can later be
 * routed to nobody.
 */
public class WorkflowStaffing {

    private final Set<String> agencies;
    private final Set<String> staffed = new HashSet<>();

    public WorkflowStaffing(EntityManager em) {
        agencies = new HashSet<>(em.createQuery("SELECT a.code FROM Agency a WHERE a.activeUntil IS NULL", String.class)
                .getResultList());
        em.createQuery("SELECT DISTINCT r.agency.code, r.role FROM RoleAssignment r WHERE r.officer.enabled = TRUE",
                        Object[].class)
                .getResultStream()
                .forEach(row -> staffed.add(row[0] + "|" + row[1]));
    }

    public List<CatalogProblemDto> check(List<ProcedureDto> procedures) {
        List<CatalogProblemDto> problems = new ArrayList<>();
        for (ProcedureDto procedure : procedures) {
            List<WorkflowStepDto> steps = procedure.workflow();
            for (int i = 0; i < steps.size(); i++) {
                WorkflowStepDto step = steps.get(i);
                String column = "workflow[" + i + "].agency";
                if (!agencies.contains(step.agency())) {
                    problems.add(new CatalogProblemDto(null, 0, column, "catalog.workflow.unknownAgency",
                            List.of(procedure.code(), step.agency(), step.name())));
                } else if (!staffed.contains(step.agency() + "|" + step.role())) {
                    problems.add(new CatalogProblemDto(null, 0, column, "catalog.workflow.noOfficer",
                            List.of(procedure.code(), step.agency(), step.role().name(), step.name())));
                }
            }
        }
        return problems;
    }
}
