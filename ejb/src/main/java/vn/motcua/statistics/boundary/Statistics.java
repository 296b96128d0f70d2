package vn.motcua.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.statistics.control.Ii06aPdf;
import vn.motcua.statistics.control.Ii06aQuery;
import vn.motcua.statistics.control.Ii06aWorkbook;
import vn.motcua.statistics.control.Index766;
import vn.motcua.statistics.control.Measures766;
import vn.motcua.statistics.control.ReportingAgencies;
import vn.motcua.statistics.control.StepFigures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Thống kê, báo cáo for leaders (their agencies) and the province office (the province): report II.06a
 * with its XLSX and PDF, the dashboard's breakdowns and the Decision 766 scorecard, always for one
 * agency of the caller's scope and its subtree. An agency outside the scope is refused as unknown.
 */
@Stateless
@RolesAllowed({"LEADER", "PROVINCE"})
public class Statistics {

    /** The month-by-month trend stops after two years, so a long period cannot run hundreds of queries. */
    static final int MAX_MONTHS = 24;
    static final int MAX_LATE_STEPS = 50;
    static final int MAX_DRILL = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<AgencyChoiceDto> agencies() {
        return new ReportingAgencies(em).within(scope());
    }

    public Ii06aReportDto ii06a(long agencyId, ReportPeriod period) {
        return report(agency(agencyId), period);
    }

    public byte[] ii06aWorkbook(long agencyId, ReportPeriod period) {
        return Ii06aWorkbook.write(ii06a(agencyId, period));
    }

    public byte[] ii06aPdf(long agencyId, ReportPeriod period) {
        return Ii06aPdf.render(ii06a(agencyId, period), LocalDate.ofInstant(clock.instant(), Clocks.VIETNAM));
    }

    /**
     * Drill-down: the codes of the dossiers behind one figure of the report (column 0–10 in the report's
     * order; a null field for the totals row), at most {@link #MAX_DRILL}.
     */
    public List<String> dossiersBehind(long agencyId, ReportPeriod period, String fieldCode, int column) {
        if (period == null || column < 0 || column > 10) {
            throw new BusinessException("statistics.period.invalid");
        }
        Set<Long> desks = new ReportingAgencies(em).subtree(agency(agencyId).getId());
        return new Ii06aQuery(em, desks).dossiers(fieldCode, column, period.start(), period.end(), clock.instant(),
                MAX_DRILL);
    }

    public DashboardFiguresDto dashboard(long agencyId, ReportPeriod period) {
        Agency agency = agency(agencyId);
        Set<Long> desks = new ReportingAgencies(em).subtree(agency.getId());
        Ii06aQuery query = new Ii06aQuery(em, desks);
        List<DashboardFiguresDto.MonthFigure> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.first()); !month.atDay(1).isAfter(period.last())
                && months.size() < MAX_MONTHS; month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(period.first()) ? period.first() : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(period.last()) ? period.last() : month.atEndOfMonth();
            ReportPeriod part = ReportPeriod.custom(first, last);
            months.add(new DashboardFiguresDto.MonthFigure(month.toString(), first, last,
                    query.total(part.start(), part.end(), clock.instant())));
        }
        StepFigures steps = new StepFigures(em, desks, period.start(), period.end());
        return new DashboardFiguresDto(report(agency, period), months, steps.byDepartment(), steps.byOfficer(),
                steps.lateSteps(MAX_LATE_STEPS));
    }

    public ScorecardDto scorecard(long agencyId, ReportPeriod period) {
        Agency agency = agency(agencyId);
        Ii06aReportDto report = report(agency, period);
        Set<Long> desks = new ReportingAgencies(em).subtree(agency.getId());
        return Index766.configured().score(period, agency.getName(),
                new Measures766(em, desks).measure(report.total(), period.start(), period.end()));
    }

    private Ii06aReportDto report(Agency agency, ReportPeriod period) {
        if (period == null) {
            throw new BusinessException("statistics.period.invalid");
        }
        ReportingAgencies tree = new ReportingAgencies(em);
        return Ii06aReportDto.of(period, agency.getCode(), agency.getName(), tree.receiverOf(agency),
                new Ii06aQuery(em, tree.subtree(agency.getId())).byField(period.start(), period.end(), clock.instant()));
    }

    private Agency agency(long agencyId) {
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null || !scope().contains(agencyId)) {
            throw new BusinessException("statistics.agency.unknown");
        }
        return agency;
    }

    private Set<Long> scope() {
        String caller = session.getCallerPrincipal().getName();
        Set<Long> scope = new HashSet<>(AgencyScope.of(em, caller, Role.LEADER).agencyIds());
        scope.addAll(AgencyScope.of(em, caller, Role.PROVINCE).agencyIds());
        return scope;
    }
}
