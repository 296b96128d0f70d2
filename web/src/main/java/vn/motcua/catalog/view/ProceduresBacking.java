package vn.motcua.catalog.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.catalog.boundary.ProcedureSummaryDto;
import vn.motcua.catalog.boundary.ReleaseSummaryDto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** procedures.xhtml: the procedures in force today, by field or by code or name (accents optional). */
@Named
@ViewScoped
public class ProceduresBacking implements Serializable {

    @Inject
    private CatalogQuery catalog;

    private LocalDate today;
    private ReleaseSummaryDto release;
    private List<FieldDto> fields;
    private String fieldCode;
    private String text;
    private List<ProcedureSummaryDto> procedures;

    @PostConstruct
    void load() {
        today = catalog.today();
        release = catalog.releaseInForceOn(today).orElse(null);
        fields = catalog.fields();
        procedures = catalog.inForce(today);
    }

    public void search() {
        if (text != null && !text.isBlank()) {
            procedures = catalog.search(text.length() > 200 ? text.substring(0, 200) : text, today);
        } else if (fieldCode != null) {
            procedures = catalog.byField(fieldCode, today);
        } else {
            procedures = catalog.inForce(today);
        }
    }

    public ReleaseSummaryDto getRelease() {
        return release;
    }

    public List<FieldDto> getFields() {
        return fields;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<ProcedureSummaryDto> getProcedures() {
        return procedures;
    }
}
