package vn.motcua.audit.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.audit.batch.AuditExport;
import vn.motcua.audit.batch.AuditExportDto;
import vn.motcua.audit.boundary.AuditLog;
import vn.motcua.audit.entity.AuditEvent;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** admin/audit.xhtml: recent audit events and the audit-export job. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    private AuditLog log;

    @Inject
    private AuditExport export;

    private LocalDate firstDay = LocalDate.now(Clocks.VIETNAM).withDayOfMonth(1);
    private LocalDate lastDay = LocalDate.now(Clocks.VIETNAM);
    private List<AuditEvent> events;
    private List<AuditExportDto> exports;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = log.recent(0, 200);
        }
        return events;
    }

    public List<AuditExportDto> getExports() {
        if (exports == null) {
            exports = export.recent(20);
        }
        return exports;
    }

    public void startExport() {
        try {
            long execution = export.start(firstDay, lastDay);
            FacesMessages.info("audit.exportStarted", execution);
            exports = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void refresh() {
        events = null;
        exports = null;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
