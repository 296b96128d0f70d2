package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.dossier.boundary.DossierCriteriaDto;
import vn.motcua.dossier.boundary.DossierSearch;
import vn.motcua.dossier.boundary.DossierSummaryDto;
import vn.motcua.dossier.boundary.PageDto;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** dossiers/search.xhtml: every dossier the officer may see, by code, name, identity, procedure, status, period. */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    @Inject
    private DossierSearch search;

    @Inject
    private CatalogQuery catalog;

    private String text;
    private String idNumber;
    private String phone;
    private String procedureCode;
    private String fieldCode;
    private DossierStatus status;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private boolean moreThanTotal;
    private List<FieldDto> fields;

    private final LazyDataModel<DossierSummaryDto> dossiers = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                PageDto<DossierSummaryDto> first = search.search(criteria(), 0, 1, null, false);
                moreThanTotal = first.moreThanTotal();
                return (int) first.total();
            } catch (BusinessException e) {
                FacesMessages.error(e);
                return 0;
            }
        }

        @Override
        public List<DossierSummaryDto> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            try {
                PageDto<DossierSummaryDto> page = search.search(criteria(), first, pageSize,
                        sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING);
                setRowCount((int) page.total());
                moreThanTotal = page.moreThanTotal();
                return page.rows();
            } catch (BusinessException e) {
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(DossierSummaryDto row) {
            return row.code();
        }
    };

    private DossierCriteriaDto criteria() {
        return new DossierCriteriaDto(text, idNumber, phone, procedureCode, fieldCode, status, null, receivedFrom,
                receivedTo);
    }

    public LazyDataModel<DossierSummaryDto> getDossiers() {
        return dossiers;
    }

    public List<FieldDto> getFields() {
        if (fields == null) {
            fields = catalog.fields();
        }
        return fields;
    }

    public DossierStatus[] getStatuses() {
        return DossierStatus.values();
    }

    public boolean isMoreThanTotal() { return moreThanTotal; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(String procedureCode) { this.procedureCode = procedureCode; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public DossierStatus getStatus() { return status; }
    public void setStatus(DossierStatus status) { this.status = status; }
    public LocalDate getReceivedFrom() { return receivedFrom; }
    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }
    public LocalDate getReceivedTo() { return receivedTo; }
    public void setReceivedTo(LocalDate receivedTo) { this.receivedTo = receivedTo; }
}
