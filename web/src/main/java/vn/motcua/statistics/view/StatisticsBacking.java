package vn.motcua.statistics.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;
import vn.motcua.statistics.boundary.AgencyChoiceDto;
import vn.motcua.statistics.boundary.DashboardFiguresDto;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.ScorecardDto;
import vn.motcua.statistics.boundary.Statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * statistics.xhtml: an agency of the reader's scope and a period (this month by default; presets for
 * today — the daily reception report —, the month, the quarter, the year), then the dashboard, report
 * II.06a with its exports, and the 766 scorecard. A figure opens the list of the dossiers behind it.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @Inject
    private Statistics statistics;

    private List<AgencyChoiceDto> agencies;
    private Long agency;
    private LocalDate from;
    private LocalDate to;
    private DashboardFiguresDto dashboard;
    private ScorecardDto scorecard;
    private String drillTitle;
    private List<String> drilled;

    @PostConstruct
    void load() {
        agencies = statistics.agencies();
        if (!agencies.isEmpty()) {
            agency = agencies.get(0).id();
            preset("month");
        }
    }

    public List<AgencyChoiceDto> getAgencies() {
        return agencies;
    }

    /** today, month, quarter or year, around today. */
    public void preset(String which) {
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        to = today;
        from = switch (which) {
            case "today" -> today;
            case "quarter" -> today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case "year" -> today.withDayOfYear(1);
            default -> today.withDayOfMonth(1);
        };
        show();
    }

    public void show() {
        drilled = null;
        try {
            ReportPeriod period = period();
            dashboard = statistics.dashboard(agency == null ? -1 : agency, period);
            scorecard = statistics.scorecard(agency, period);
        } catch (BusinessException e) {
            dashboard = null;
            scorecard = null;
            FacesMessages.error(e);
        }
    }

    /** Lists the dossiers behind a figure: a field's (null for the totals row) column 0–10. */
    public void drill(String fieldCode, String fieldName, int column) {
        try {
            drilled = statistics.dossiersBehind(agency, period(), fieldCode, column);
            drillTitle = fieldName + " – " + FacesMessages.text("statistics.column." + column);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private ReportPeriod period() {
        return ReportPeriod.custom(from, to);
    }

    public String getFieldChart() {
        return dashboard == null ? null : StatisticsCharts.byField(dashboard.report().rows());
    }

    public String getMonthChart() {
        return dashboard == null ? null : StatisticsCharts.byMonth(dashboard.months());
    }

    public String getDepartmentChart() {
        return dashboard == null ? null : StatisticsCharts.onTimeRates(dashboard.departments());
    }

    public String getOfficerChart() {
        return dashboard == null ? null : StatisticsCharts.onTimeRates(dashboard.officers());
    }

    public Long getAgency() { return agency; }
    public void setAgency(Long agency) { this.agency = agency; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public DashboardFiguresDto getDashboard() { return dashboard; }
    public ScorecardDto getScorecard() { return scorecard; }
    public String getDrillTitle() { return drillTitle; }
    public List<String> getDrilled() { return drilled; }
}
