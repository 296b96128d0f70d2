package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.shared.boundary.Clocks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** dossiers/logbook.xhtml: pick a desk and a period, download the logbook (form 06) as PDF or Excel. */
@Named
@ViewScoped
public class LogbookBacking implements Serializable {

    @Inject
    private DossierRecords records;

    private List<AgencyDto> desks;
    private String desk;
    private LocalDate from = LocalDate.now(Clocks.VIETNAM).withDayOfMonth(1);
    private LocalDate to = LocalDate.now(Clocks.VIETNAM);

    public List<AgencyDto> getDesks() {
        if (desks == null) {
            desks = records.logbookDesks();
            if (desk == null && !desks.isEmpty()) {
                desk = desks.get(0).code();
            }
        }
        return desks;
    }

    public String getDesk() { return desk; }
    public void setDesk(String desk) { this.desk = desk; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
