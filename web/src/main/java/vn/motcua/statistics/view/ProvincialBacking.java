package vn.motcua.statistics.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;
import vn.motcua.statistics.batch.ProvincialRunDto;
import vn.motcua.statistics.batch.ProvincialStatistics;
import vn.motcua.statistics.batch.PublishedReportDto;
import vn.motcua.statistics.boundary.AgencyChoiceDto;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * statistics/provincial.xhtml: start the provincial-statistics job for a province and a month, quarter
 * or year (last month by default), follow its runs (progress, failures, restart, stop), and download
 * the published files with their SHA-256.
 */
@Named
@ViewScoped
public class ProvincialBacking implements Serializable {

    @Inject
    private ProvincialStatistics provincial;

    private List<AgencyChoiceDto> provinces;
    private Long province;
    private String periodType = "MONTH";
    private String period = YearMonth.from(LocalDate.now(Clocks.VIETNAM)).minusMonths(1).toString();
    private List<ProvincialRunDto> runs;
    private List<PublishedReportDto> published;

    @PostConstruct
    void load() {
        provinces = provincial.provinces();
        if (!provinces.isEmpty()) {
            province = provinces.get(0).id();
        }
        refresh();
    }

    public void start() {
        try {
            long execution = provincial.start(province == null ? -1 : province, periodType, period);
            FacesMessages.info("statistics.run.started", execution);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            FacesMessages.info("statistics.run.started", provincial.restart(executionId));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void stop(long executionId) {
        try {
            provincial.stop(executionId);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void refresh() {
        runs = provincial.recent();
        try {
            published = province == null ? List.of() : provincial.published(province);
        } catch (BusinessException e) {
            published = List.of();
            FacesMessages.error(e);
        }
    }

    public List<AgencyChoiceDto> getProvinces() { return provinces; }
    public Long getProvince() { return province; }
    public void setProvince(Long province) { this.province = province; }
    public String getPeriodType() { return periodType; }
    public void setPeriodType(String periodType) { this.periodType = periodType; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public List<ProvincialRunDto> getRuns() { return runs; }
    public List<PublishedReportDto> getPublished() { return published; }
}
