package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.dossier.control.DashboardQuery;
import vn.motcua.identity.entity.Role;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Bảng điều hành for leaders: how the agencies they lead stand now — dossiers by status, open work by
 * department and officer, aging, bottleneck steps and the overdue list ({@link DashboardQuery}).
 */
@Stateless
@RolesAllowed("LEADER")
public class DirectionDashboard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** @param from first reception day counted, null for 1 January; @param to the last, null for today */
    public DashboardDto dashboard(LocalDate from, LocalDate to) {
        String leader = session.getCallerPrincipal().getName();
        return new DashboardQuery(em, AgencyScope.of(em, leader, Role.LEADER).agencyIds(), clock.instant())
                .dashboard(from, to);
    }
}
