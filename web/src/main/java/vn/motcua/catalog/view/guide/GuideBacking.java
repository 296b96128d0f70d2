package vn.motcua.catalog.view.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.catalog.boundary.ProcedureSummaryDto;

import java.time.LocalDate;
import java.util.List;

/**
 * guide/index.xhtml?q=…&amp;field=…: the procedures in force, by field or by words typed without
 * accents ("dang ky the chap"). A plain GET, so the answer can be cached and bookmarked.
 */
@Named
@RequestScoped
public class GuideBacking {

    /** Public pages change with the catalog only: a few minutes in any cache is harmless. */
    static final String CACHEABLE = "public, max-age=300";

    @Inject
    private CatalogQuery catalog;

    private String q;
    private String field;
    private List<FieldDto> fields;
    private List<ProcedureSummaryDto> procedures;

    public void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", CACHEABLE);
        LocalDate today = catalog.today();
        fields = catalog.fields();
        String words = q == null ? "" : q.strip();
        if (!words.isEmpty()) {
            procedures = catalog.search(words.length() > 100 ? words.substring(0, 100) : words, today);
        } else if (field != null && !field.isBlank()) {
            procedures = catalog.byField(field, today);
        } else {
            procedures = List.of();
        }
    }

    public String fieldName() {
        return fields.stream().filter(f -> f.code().equals(field)).map(FieldDto::name).findFirst().orElse("");
    }

    public boolean isSearched() {
        return (q != null && !q.isBlank()) || (field != null && !field.isBlank());
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public List<FieldDto> getFields() { return fields; }
    public List<ProcedureSummaryDto> getProcedures() { return procedures; }
}
