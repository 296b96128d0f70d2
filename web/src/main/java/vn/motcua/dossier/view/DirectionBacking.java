package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.boundary.DashboardDto;
import vn.motcua.dossier.boundary.DirectionDashboard;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;

/** direction.xhtml: the leader's view of the dossiers of their agencies — counts, loads, aging, bottlenecks, overdue. */
@Named
@ViewScoped
public class DirectionBacking implements Serializable {

    @Inject
    private DirectionDashboard direction;

    private LocalDate from = LocalDate.now(Clocks.VIETNAM).withDayOfYear(1);
    private LocalDate to = LocalDate.now(Clocks.VIETNAM);
    private DashboardDto dashboard;

    public DashboardDto getDashboard() {
        if (dashboard == null) {
            refresh();
        }
        return dashboard;
    }

    public void refresh() {
        try {
            dashboard = direction.dashboard(from, to);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public long getTotal() {
        return getDashboard() == null ? 0 : dashboard.statuses().stream().mapToLong(DashboardDto.StatusCount::count).sum();
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
