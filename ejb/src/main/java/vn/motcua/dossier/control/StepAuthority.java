package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

/**
 * Who may act where: at a step, an officer holding the step's role over the step's department, or a
 * leader of that department; at the desk, the desk's reception officers. Anything else is refused
 * before a single row changes.
 */
public final class StepAuthority {

    private final EntityManager em;
    private final String officer;

    public StepAuthority(EntityManager em, String officer) {
        this.em = em;
        this.officer = officer;
    }

    /** The open task, if this officer may work on it; a task assigned to a colleague only by a leader. */
    public DossierTask openTask(long taskId) {
        DossierTask task = em.find(DossierTask.class, taskId);
        if (task == null) {
            throw new BusinessException("task.notFound");
        }
        boolean leader = leads(task.getAgency());
        if (!leader && !holds(task.getRole(), task.getAgency())) {
            throw new BusinessException("agency.outOfScope", task.getAgency().getCode());
        }
        if (!task.isOpen()) {
            throw new BusinessException("task.closed", task.getDossier().getCode().value(), task.getStep());
        }
        if (!leader && task.getAssignee() != null && !task.getAssignee().equals(officer)) {
            throw new BusinessException("task.assignedToOther", task.getAssignee());
        }
        return task;
    }

    public boolean leads(Agency agency) {
        return holds(Role.LEADER, agency);
    }

    public boolean holds(Role role, Agency agency) {
        return AgencyScope.of(em, officer, role).covers(agency);
    }

    public void requireAny(Agency agency, Role... roles) {
        for (Role role : roles) {
            if (holds(role, agency)) {
                return;
            }
        }
        throw new BusinessException("agency.outOfScope", agency.getCode());
    }

    public String officer() {
        return officer;
    }
}
