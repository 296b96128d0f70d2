package vn.motcua.queue.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.boundary.CounterAdministration;
import vn.motcua.agency.boundary.CounterDto;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.FieldDto;
import vn.motcua.queue.boundary.ServiceGroupAdministration;
import vn.motcua.queue.boundary.ServiceGroupSettingsDto;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** admin/queue-groups.xhtml: a desk's service groups, their hours, daily cap, fields and counters. */
@Named
@ViewScoped
public class QueueGroupsBacking implements Serializable {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private ServiceGroupAdministration administration;

    @Inject
    private CounterAdministration counterAdministration;

    @Inject
    private CatalogQuery catalog;

    private List<AgencyDto> desks;
    private List<FieldDto> fields;
    private String deskCode;
    private List<ServiceGroupSettingsDto> groups;
    private List<CounterDto> counters;
    private ServiceGroupSettingsDto editing;
    private String prefix;
    private String name;
    private List<String> fieldCodes = new ArrayList<>();
    private String opensAt = "07:30";
    private String closesAt = "16:30";
    private Integer dailyCap = 200;
    private List<Integer> counterNumbers = new ArrayList<>();
    private boolean returnsResults;
    private boolean active = true;

    @PostConstruct
    void load() {
        desks = counterAdministration.desks();
        fields = catalog.fields();
        deskCode = desks.isEmpty() ? null : desks.get(0).code();
        reload();
    }

    public void reload() {
        groups = deskCode == null ? List.of() : administration.groups(deskCode);
        counters = deskCode == null ? List.of() : counterAdministration.counters(deskCode);
    }

    public void edit(ServiceGroupSettingsDto group) {
        editing = group;
        prefix = group.prefix();
        name = group.name();
        fieldCodes = new ArrayList<>(group.fieldCodes());
        opensAt = HOURS.format(group.opensAt());
        closesAt = HOURS.format(group.closesAt());
        dailyCap = group.dailyCap();
        counterNumbers = new ArrayList<>(group.counterNumbers());
        returnsResults = group.returnsResults();
        active = group.active();
    }

    public void save() {
        try {
            ServiceGroupSettingsDto settings = new ServiceGroupSettingsDto(null, editing == null ? 0 : editing.version(),
                    prefix, name, fieldCodes, time(opensAt), time(closesAt), dailyCap == null ? 0 : dailyCap, counterNumbers,
                    returnsResults, active);
            if (editing == null) {
                administration.add(deskCode, settings);
            } else {
                administration.change(editing.id(), settings);
            }
            FacesMessages.info("queueGroup.saved");
            startNew();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        reload();
    }

    public void startNew() {
        editing = null;
        prefix = null;
        name = null;
        fieldCodes = new ArrayList<>();
        opensAt = "07:30";
        closesAt = "16:30";
        dailyCap = 200;
        counterNumbers = new ArrayList<>();
        returnsResults = false;
        active = true;
    }

    private static LocalTime time(String typed) {
        try {
            return typed == null ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("queueGroup.hoursInvalid");
        }
    }

    /** "07:00 – 17:00". */
    public String hours(ServiceGroupSettingsDto group) {
        return HOURS.format(group.opensAt()) + " – " + HOURS.format(group.closesAt());
    }

    /** "1, 2". */
    public String numbers(List<Integer> counterNumbers) {
        return counterNumbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public String fieldNames(List<String> codes) {
        Map<String, String> names = fields.stream().collect(Collectors.toMap(FieldDto::code, FieldDto::name));
        return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }

    public List<AgencyDto> getDesks() { return desks; }
    public List<FieldDto> getFields() { return fields; }
    public String getDeskCode() { return deskCode; }
    public void setDeskCode(String deskCode) { this.deskCode = deskCode; }
    public List<ServiceGroupSettingsDto> getGroups() { return groups; }
    public List<CounterDto> getCounters() { return counters; }
    public ServiceGroupSettingsDto getEditing() { return editing; }
    public String getPrefix() { return prefix; }
    public void setPrefix(String prefix) { this.prefix = prefix; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getFieldCodes() { return fieldCodes; }
    public void setFieldCodes(List<String> fieldCodes) { this.fieldCodes = fieldCodes; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public Integer getDailyCap() { return dailyCap; }
    public void setDailyCap(Integer dailyCap) { this.dailyCap = dailyCap; }
    public List<Integer> getCounterNumbers() { return counterNumbers; }
    public void setCounterNumbers(List<Integer> counterNumbers) { this.counterNumbers = counterNumbers; }
    public boolean isReturnsResults() { return returnsResults; }
    public void setReturnsResults(boolean returnsResults) { this.returnsResults = returnsResults; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
