package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.dossier.boundary.DeskActions;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.dossier.boundary.DossierViewDto;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.IssuedFormDto;
import vn.motcua.dossier.boundary.StepActions;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * dossiers/dossier.xhtml?code=…: one dossier — where it stands, its papers, steps and journal — and
 * the actions this officer may take on it, each confirmed in one dialog that shows the fields the
 * action needs. Every action names the version on screen; if someone acted first, the page says so
 * and shows the new state.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    /** What the action dialog is open for. */
    public enum Pending { ACCEPT, ASSIGN, RECORD_WORK, FORWARD, SUBMIT_FOR_APPROVAL, APPROVE, RETURN, REQUEST_SUPPLEMENT,
        REFUSE, SUPPLEMENT_RECEIVED, STOP, APOLOGISE, RETURN_RESULT }

    @Inject
    private DossierRecords records;

    @Inject
    private StepActions steps;

    @Inject
    private DeskActions desk;

    private String code;
    private DossierViewDto dossier;

    private Pending pending;
    private long taskId;
    private String note;
    private String lines;
    private String contact;
    private Integer earlierStep;
    private String assignee;
    private boolean result;
    private LocalDateTime newAppointment;
    private String collector;
    private boolean idChecked;
    private final List<FileUploadDto> files = new ArrayList<>();
    private IssuedFormDto issued;

    public void load() {
        try {
            dossier = records.view(code);
        } catch (BusinessException e) {
            dossier = null;
            FacesMessages.error(e);
        }
    }

    /** Opens the dialog for an action at a step (task id) or at the desk (0). */
    public void open(String action, long task) {
        pending = Pending.valueOf(action);
        taskId = task;
        note = null;
        lines = null;
        contact = null;
        earlierStep = null;
        assignee = null;
        result = false;
        newAppointment = null;
        collector = dossier.applicantName();
        idChecked = false;
        files.clear();
    }

    public void upload(FileUploadEvent event) {
        files.add(new FileUploadDto(event.getFile().getFileName(), event.getFile().getContent()));
    }

    public void confirm() {
        long version = dossier.version();
        try {
            issued = null;
            switch (pending) {
                case ACCEPT -> steps.accept(taskId, version);
                case ASSIGN -> steps.assign(taskId, version, assignee);
                case RECORD_WORK -> steps.recordWork(taskId, version, note, List.copyOf(files), result);
                case FORWARD, SUBMIT_FOR_APPROVAL -> steps.forward(taskId, version, note);
                case APPROVE -> steps.approve(taskId, version, note);
                case RETURN -> steps.returnToStep(taskId, version, earlierStep == null ? 0 : earlierStep, note);
                case REQUEST_SUPPLEMENT -> issued = steps.requestSupplement(taskId, version, lines(), note, contact);
                case REFUSE -> issued = steps.refuse(taskId, version, lines());
                case SUPPLEMENT_RECEIVED -> desk.supplementReceived(code, version, note, List.copyOf(files));
                case STOP -> desk.stopOnRequest(code, version, note);
                case APOLOGISE -> issued = desk.apologise(code, version, newAppointment == null ? null
                        : newAppointment.atZone(Clocks.VIETNAM).toInstant(), note);
                case RETURN_RESULT -> FacesMessages.info("dossier.returned.timeliness",
                        FacesMessages.text("timeliness." + desk.returnResult(code, version, collector, idChecked)));
            }
            FacesMessages.info("dossier.action.done." + pending.name(), code);
            pending = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public void cancel() {
        pending = null;
        files.clear();
    }

    public StreamedContent getIssuedForm() {
        byte[] pdf = issued.pdf();
        return DefaultStreamedContent.builder().name(code + "-" + (issued.number() == null ? "phieu" : issued.number()
                        .replace('/', '-')) + ".pdf").contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private List<String> lines() {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    public boolean pendingIs(String action) {
        return pending != null && pending.name().equals(action);
    }

    public boolean pendingAnyOf(String actions) {
        return pending != null && Arrays.asList(actions.split(",")).contains(pending.name());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public DossierViewDto getDossier() { return dossier; }
    public Pending getPending() { return pending; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getLines() { return lines; }
    public void setLines(String lines) { this.lines = lines; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Integer getEarlierStep() { return earlierStep; }
    public void setEarlierStep(Integer earlierStep) { this.earlierStep = earlierStep; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public boolean isResult() { return result; }
    public void setResult(boolean result) { this.result = result; }
    public LocalDateTime getNewAppointment() { return newAppointment; }
    public void setNewAppointment(LocalDateTime newAppointment) { this.newAppointment = newAppointment; }
    public String getCollector() { return collector; }
    public void setCollector(String collector) { this.collector = collector; }
    public boolean isIdChecked() { return idChecked; }
    public void setIdChecked(boolean idChecked) { this.idChecked = idChecked; }
    public List<FileUploadDto> getFiles() { return files; }
    public IssuedFormDto getIssued() { return issued; }
    public long getTaskId() { return taskId; }

    /** The selected task's options (earlier steps, assignees), for the dialog. */
    public DossierViewDto.StepOption getTask() {
        return dossier == null ? null : dossier.actionable().stream().filter(o -> o.taskId() == taskId).findFirst()
                .orElse(null);
    }
}
