package vn.motcua.agency.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.boundary.CounterAdministration;
import vn.motcua.agency.boundary.CounterDto;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** admin/counters.xhtml: the counters of a desk and the fields each serves. */
@Named
@ViewScoped
public class CountersBacking implements Serializable {

    @Inject
    private CounterAdministration administration;

    @Inject
    private CatalogQuery catalog;

    private List<AgencyDto> desks;
    private List<FieldDto> fields;
    private String deskCode;
    private List<CounterDto> counters;
    private CounterDto editing;
    private String name;
    private Integer number;
    private List<String> fieldCodes = new ArrayList<>();
    private boolean active = true;

    @PostConstruct
    void load() {
        desks = administration.desks();
        fields = catalog.fields();
        deskCode = desks.isEmpty() ? null : desks.get(0).code();
        reload();
    }

    public void reload() {
        counters = deskCode == null ? List.of() : administration.counters(deskCode);
    }

    public void edit(CounterDto counter) {
        editing = counter;
        name = counter.name();
        number = counter.number();
        fieldCodes = new ArrayList<>(counter.fieldCodes());
        active = counter.active();
    }

    public void startNew() {
        editing = null;
        name = null;
        number = counters.stream().mapToInt(CounterDto::number).max().orElse(0) + 1;
        fieldCodes = new ArrayList<>();
        active = true;
    }

    public void save() {
        try {
            if (editing == null) {
                administration.add(deskCode, number == null ? 0 : number, name, fieldCodes);
            } else {
                administration.change(editing.id(), editing.version(), name, fieldCodes, active);
            }
            FacesMessages.info("counter.saved");
            startNew();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        reload();
    }

    public String fieldNames(List<String> codes) {
        Map<String, String> names = fields.stream().collect(Collectors.toMap(FieldDto::code, FieldDto::name));
        return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }

    public List<AgencyDto> getDesks() {
        return desks;
    }

    public List<FieldDto> getFields() {
        return fields;
    }

    public String getDeskCode() {
        return deskCode;
    }

    public void setDeskCode(String deskCode) {
        this.deskCode = deskCode;
    }

    public List<CounterDto> getCounters() {
        return counters;
    }

    public CounterDto getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public List<String> getFieldCodes() {
        return fieldCodes;
    }

    public void setFieldCodes(List<String> fieldCodes) {
        this.fieldCodes = fieldCodes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
