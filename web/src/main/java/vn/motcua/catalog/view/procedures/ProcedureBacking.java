package vn.motcua.catalog.view.procedures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyNames;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.catalog.boundary.FormTemplateFileDto;
import vn.motcua.catalog.boundary.FormTemplates;
import vn.motcua.catalog.boundary.ProcedureVersionDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** procedures/procedure.xhtml?id=…: one procedure version, its documents and its workflow as a diagram. */
@Named
@RequestScoped
public class ProcedureBacking {

    @Inject
    private CatalogQuery catalog;

    @Inject
    private AgencyNames agencyNames;

    @Inject
    private FormTemplates formTemplates;

    private Set<String> formsWithFiles;

    private Long id;
    private ProcedureVersionDto version;
    private Map<String, String> agencies;
    private Map<String, String> fields;

    public void load() {
        version = id == null ? null : catalog.procedureVersion(id).orElse(null);
        agencies = agencyNames.all();
        formsWithFiles = formTemplates.inForce().stream().filter(f -> f.storedFileId() != null)
                .map(FormTemplateFileDto::code).collect(Collectors.toSet());
        fields = catalog.fields().stream().collect(Collectors.toMap(FieldDto::code, FieldDto::name));
    }

    public boolean hasFile(String formCode) {
        return formsWithFiles.contains(formCode);
    }

    public String fieldName(String code) {
        return fields.getOrDefault(code, code);
    }

    /** The workflow as columns of the diagram: one step, or the steps of a parallel group side by side. */
    public List<List<WorkflowStepDto>> getStages() {
        List<List<WorkflowStepDto>> stages = new ArrayList<>();
        String group = null;
        for (WorkflowStepDto step : version.procedure().workflow()) {
            if (step.parallelGroup() != null && Objects.equals(step.parallelGroup(), group)) {
                stages.get(stages.size() - 1).add(step);
            } else {
                stages.add(new ArrayList<>(List.of(step)));
            }
            group = step.parallelGroup();
        }
        return stages;
    }

    public String agencyName(String code) {
        return agencies.getOrDefault(code, code);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProcedureVersionDto getVersion() {
        return version;
    }
}
