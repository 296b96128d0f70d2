package vn.motcua.catalog.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.catalog.boundary.CatalogAdministration;
import vn.motcua.catalog.boundary.CatalogFileFormat;
import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.FormTemplateFileDto;
import vn.motcua.catalog.boundary.FormTemplates;
import vn.motcua.catalog.boundary.ImportOutcomeDto;
import vn.motcua.catalog.boundary.ReleaseSummaryDto;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * admin/catalog.xhtml: releases of the procedure catalog; a new release is uploaded, checked as a
 * whole, compared with the one in force, then published with its effective date.
 */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CatalogAdministration administration;

    @Inject
    private FormTemplates formTemplates;

    private List<FormTemplateFileDto> forms;
    private String formCode;

    private List<ReleaseSummaryDto> releases;
    private ImportOutcomeDto outcome;
    private LocalDate effectiveFrom = LocalDate.now(Clocks.VIETNAM).plusDays(1);

    @PostConstruct
    void load() {
        releases = administration.releases();
        forms = formTemplates.inForce();
        formCode = forms.isEmpty() ? null : forms.get(0).code();
    }

    public void uploadForm(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            formTemplates.upload(formCode, event.getFile().getFileName(), content);
            FacesMessages.info("formTemplate.uploaded", formCode);
            forms = formTemplates.inForce();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            FacesMessages.error("document.uploadInterrupted");
        }
    }

    public List<FormTemplateFileDto> getForms() {
        return forms;
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode;
    }

    public void upload(FileUploadEvent event) {
        try {
            outcome = administration.importRelease(event.getFile().getFileName(), event.getFile().getContent());
            if (outcome.isAccepted()) {
                FacesMessages.info("catalog.imported", outcome.releaseCode(), outcome.procedureCount());
                releases = administration.releases();
            } else {
                FacesMessages.error("catalog.problems", outcome.problems().size());
            }
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void publish() {
        try {
            administration.publish(outcome.releaseCode(), effectiveFrom);
            FacesMessages.info("catalog.published", effectiveFrom.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            outcome = null;
            releases = administration.releases();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void discard() {
        try {
            administration.discard(outcome.releaseCode());
            FacesMessages.info("catalog.discarded");
            outcome = null;
            releases = administration.releases();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public String describe(CatalogProblemDto problem) {
        return FacesMessages.text(problem.messageKey(), problem.args().toArray());
    }

    public StreamedContent export(String releaseCode, String format) {
        CatalogFileFormat fileFormat = CatalogFileFormat.valueOf(format);
        byte[] content = administration.export(releaseCode, fileFormat);
        return file(releaseCode + (fileFormat == CatalogFileFormat.JSON ? ".json" : ".xlsx"),
                fileFormat == CatalogFileFormat.JSON ? "application/json" : XLSX, content);
    }

    public StreamedContent getTemplate() {
        return file("mau-bo-thu-tuc.xlsx", XLSX, administration.spreadsheetTemplate());
    }

    private static StreamedContent file(String name, String type, byte[] content) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public List<ReleaseSummaryDto> getReleases() {
        return releases;
    }

    public ImportOutcomeDto getOutcome() {
        return outcome;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
