package vn.motcua.catalog.view.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyNames;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.catalog.boundary.FormTemplateFileDto;
import vn.motcua.catalog.boundary.FormTemplates;
import vn.motcua.catalog.boundary.ProcedureDto;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * guide/procedure.xhtml?code=1.000948.H21: what a citizen must know before coming — documents, forms
 * to download, time limit, fees, where and how to submit, legal basis — for the version in force today.
 * Addressed by the national code, so a printed or shared link stays valid across catalog releases.
 */
@Named
@RequestScoped
public class GuideProcedureBacking {

    @Inject
    private CatalogQuery catalog;

    @Inject
    private AgencyNames agencyNames;

    @Inject
    private FormTemplates formTemplates;

    private String code;
    private ProcedureDto procedure;
    private String fieldName;
    private String agencyName;
    private Set<String> formsWithFiles = Set.of();

    public void load() {
        if (code == null || code.length() > 40) {
            return;
        }
        procedure = catalog.procedureByCode(code.strip(), catalog.today()).map(v -> v.procedure()).orElse(null);
        if (procedure == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", GuideBacking.CACHEABLE);
        fieldName = catalog.fields().stream().filter(f -> f.code().equals(procedure.field())).map(FieldDto::name)
                .findFirst().orElse(procedure.field());
        agencyName = agencyNames.all().getOrDefault(procedure.agency(), procedure.agency());
        formsWithFiles = formTemplates.inForce().stream().filter(f -> f.storedFileId() != null)
                .map(FormTemplateFileDto::code).collect(Collectors.toSet());
    }

    public boolean hasFile(String formCode) {
        return formCode != null && formsWithFiles.contains(formCode);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProcedureDto getProcedure() { return procedure; }
    public String getFieldName() { return fieldName; }
    public String getAgencyName() { return agencyName; }
}
