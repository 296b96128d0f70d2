package vn.motcua.rating.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.rating.boundary.RatingReportDto;
import vn.motcua.rating.boundary.SatisfactionRatings;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** ratings.xhtml: satisfaction over a period (this month by default), overall and by field, department and officer. */
@Named
@ViewScoped
public class RatingsBacking implements Serializable {

    @Inject
    private SatisfactionRatings ratings;

    private LocalDate from;
    private LocalDate until;
    private RatingReportDto report;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        from = today.withDayOfMonth(1);
        until = today;
        show();
    }

    public void show() {
        try {
            // the boundary counts [from, until); the page asks for whole days, the last one included
            report = ratings.report(from, until == null ? null : until.plusDays(1));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public RatingReportDto getReport() { return report; }
}
