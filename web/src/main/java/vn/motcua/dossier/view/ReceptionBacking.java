package vn.motcua.dossier.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.ProcedureSummaryDto;
import vn.motcua.catalog.boundary.ProcedureVersionDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.dossier.boundary.ApplicantDto;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.ReceptionOutcomeDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.NotifyChannel;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/** reception.xhtml: one screen to receive a dossier at the desk and print its receipt (form 01). */
@Named
@ViewScoped
public class ReceptionBacking implements Serializable {

    @Inject
    private DossierReception reception;

    @Inject
    private CatalogQuery catalog;

    private List<AgencyDto> desks;
    private String deskCode;
    private String searchText;
    private List<ProcedureSummaryDto> found = List.of();
    private String procedureCode;
    private ProcedureVersionDto procedure;
    private List<ReceivedDocument> documents = List.of();
    private final ApplicantForm applicant = new ApplicantForm();
    private Channel channel = Channel.IN_PERSON;
    private NotifyChannel notifyChannel = NotifyChannel.NONE;
    private boolean notifyConsent;
    private int documentSets = 1;
    private String notes;
    private ReceptionOutcomeDto outcome;
    private List<ApplicantDto> returning = List.of();

    @PostConstruct
    void load() {
        desks = reception.desks();
        deskCode = desks.isEmpty() ? null : desks.get(0).code();
    }

    /** Procedures in force matching the code or name typed (accents optional). */
    public void find() {
        found = searchText == null || searchText.isBlank() ? List.of()
                : catalog.search(searchText.length() > 100 ? searchText.substring(0, 100) : searchText, catalog.today());
        procedureCode = found.size() == 1 ? found.get(0).code() : null;
        procedureChosen();
    }

    public List<ProcedureSummaryDto> getFound() {
        return found;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public void procedureChosen() {
        procedure = procedureCode == null ? null : catalog.procedureByCode(procedureCode, catalog.today()).orElse(null);
        documents = procedure == null ? List.of()
                : procedure.procedure().documents().stream().map(ReceivedDocument::new).toList();
    }

    /** Finds an applicant met before by the identity number or phone typed, and fills the form. */
    public void findReturning() {
        String key = applicant.getIdNumber() == null || applicant.getIdNumber().isBlank() ? applicant.getPhone()
                : applicant.getIdNumber();
        returning = reception.returningApplicants(key);
        if (returning.size() == 1) {
            applicant.fillFrom(returning.get(0));
            FacesMessages.info("reception.returningFound", returning.get(0).name());
            returning = List.of();
        } else if (returning.isEmpty()) {
            FacesMessages.info("reception.returningNone");
        }
    }

    public void chooseReturning(int index) {
        applicant.fillFrom(returning.get(index));
        returning = List.of();
    }

    public List<ApplicantDto> getReturning() {
        return returning;
    }

    /** A scan for one checklist line; its content is checked when the dossier is saved. */
    public void attachScan(FileUploadEvent event) {
        int row = (Integer) event.getComponent().getAttributes().get("row");
        documents.get(row).attachScan(event.getFile().getFileName(), event.getFile().getContent());
    }

    public void receive() {
        if (procedure == null) {
            FacesMessages.error("reception.procedureRequired");
            return;
        }
        try {
            ReceptionRequestDto request = new ReceptionRequestDto(procedure.id(), deskCode, channel, applicant.getKind(),
                    applicant.getName(), applicant.getIdKind(), applicant.getIdNumber(), applicant.getPhone(),
                    applicant.getEmail(), applicant.getAddress(),
                    documents.stream().filter(ReceivedDocument::isReceived)
                            .map(d -> new SubmittedDocumentDto(d.getName(), d.getForm(), d.getCount(), d.scan())).toList(),
                    documentSets, notes, applicant.delegate(), notifyConsent, notifyChannel);
            outcome = receiveSavingAgainOnce(request);
            FacesMessages.info("reception.received", outcome.dossierCode());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** A new applicant registered at another desk at the same instant stored nothing here: the second try finds them. */
    private ReceptionOutcomeDto receiveSavingAgainOnce(ReceptionRequestDto request) {
        try {
            return reception.receive(request);
        } catch (BusinessException e) {
            if (!DossierReception.APPLICANT_REGISTERED_MEANWHILE.equals(e.getMessageKey())) {
                throw e;
            }
            return reception.receive(request);
        }
    }

    public StreamedContent getReceipt() {
        byte[] pdf = outcome.receiptPdf();
        return DefaultStreamedContent.builder().name(outcome.dossierCode() + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public NotifyChannel[] getNotifyChannels() {
        return NotifyChannel.values();
    }

    public NotifyChannel getNotifyChannel() { return notifyChannel; }
    public void setNotifyChannel(NotifyChannel notifyChannel) { this.notifyChannel = notifyChannel; }
    public boolean isNotifyConsent() { return notifyConsent; }
    public void setNotifyConsent(boolean notifyConsent) { this.notifyConsent = notifyConsent; }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Applicant.Kind[] getApplicantKinds() {
        return Applicant.Kind.values();
    }

    public Applicant.IdKind[] getIdKinds() {
        return Applicant.IdKind.values();
    }

    public List<AgencyDto> getDesks() {
        return desks;
    }

    public String getDeskCode() {
        return deskCode;
    }

    public void setDeskCode(String deskCode) {
        this.deskCode = deskCode;
    }

    public ProcedureVersionDto getProcedure() {
        return procedure;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public List<ReceivedDocument> getDocuments() {
        return documents;
    }

    public ApplicantForm getApplicant() {
        return applicant;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public int getDocumentSets() {
        return documentSets;
    }

    public void setDocumentSets(int documentSets) {
        this.documentSets = documentSets;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public ReceptionOutcomeDto getOutcome() {
        return outcome;
    }
}
