package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.DossierQuery;
import vn.motcua.dossier.control.DossierVisibility;

import java.time.Clock;

/**
 * Tra cứu hồ sơ for staff: any dossier the officer may see (DossierVisibility), found by code, the
 * applicant's name, identity number or phone, and narrowed by procedure, field, status, agency and
 * reception days. The query itself is {@link DossierQuery}; this adds the caller and their scope.
 */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK"})
public class DossierSearch {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * @param sortBy receivedAt (the default, newest first when not ascending), code, appointmentAt,
     *               finishedAt, status or applicantName
     * @return the page, with a total that stops at 1,000 ({@code moreThanTotal} beyond)
     */
    public PageDto<DossierSummaryDto> search(DossierCriteriaDto criteria, int first, int size, String sortBy,
                                             boolean ascending) {
        String officer = session.getCallerPrincipal().getName();
        return new DossierQuery(em, new DossierCodes(DossierReception.CODE_PATTERN), calendars::engineFor,
                clock.instant()).search(criteria == null ? DossierCriteriaDto.any() : criteria,
                new DossierVisibility(em, officer).agencies(), first, size, sortBy, ascending);
    }
}
