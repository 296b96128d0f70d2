package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.entity.ReferenceData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Thủ tục hành chính, one version of it: the procedure as a given release states it. A published
 * version is never changed (a dossier keeps the version it was received under); the next release
 * brings new rows. So there are no setters: what a draft adds goes through its release.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_procedure")
@NamedQuery(name = "Procedure.findByRelease", query = "SELECT p FROM Procedure p WHERE p.release = :release"
        + " ORDER BY p.position", hints = {
        @QueryHint(name = "eclipselink.batch.type", value = "IN"),
        @QueryHint(name = "eclipselink.batch", value = "p.field"),
        @QueryHint(name = "eclipselink.batch", value = "p.channels"),
        @QueryHint(name = "eclipselink.batch", value = "p.forms"),
        @QueryHint(name = "eclipselink.batch", value = "p.documents"),
        @QueryHint(name = "eclipselink.batch", value = "p.workflow"),
        @QueryHint(name = "eclipselink.batch", value = "p.workflow.steps")})
@NamedQuery(name = "Procedure.findByReleaseAndCode",
        query = "SELECT p FROM Procedure p WHERE p.release = :release AND p.code = :code")
@NamedQuery(name = "Procedure.findByReleaseAndField", query = "SELECT p FROM Procedure p JOIN FETCH p.field"
        + " WHERE p.release = :release AND p.field.code = :fieldCode ORDER BY p.position")
@NamedQuery(name = "Procedure.searchByName", query = "SELECT p FROM Procedure p JOIN FETCH p.field"
        + " WHERE p.release = :release AND p.searchName LIKE :pattern ESCAPE '!' ORDER BY p.position")
@NamedQuery(name = "Procedure.listByRelease", query = "SELECT p FROM Procedure p JOIN FETCH p.field"
        + " WHERE p.release = :release ORDER BY p.position")
@NamedQuery(name = "Procedure.formsOfRelease", query = "SELECT DISTINCT f.code, f.name FROM Procedure p JOIN p.forms f"
        + " WHERE p.release = :release ORDER BY f.code")
@NamedQuery(name = "Procedure.countByRelease", query = "SELECT COUNT(p) FROM Procedure p WHERE p.release = :release")
public class Procedure {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 500;
    public static final int AGENCY_LENGTH = 40;
    /** The national procedure code (Cơ sở dữ liệu quốc gia về TTHC), e.g. 1.000948 or 1.000948.H38. */
    public static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Z]{2,3})*");

    @Id
    @SequenceGenerator(name = "catalog_procedure_seq", sequenceName = "catalog_procedure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_procedure_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id")
    private CatalogRelease release;

    /** The place in the province's decision, whose list order the catalog keeps. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** The name folded by {@link SearchText}, so that "dang ky the chap" finds "Đăng ký thế chấp". */
    @Column(name = "search_name", nullable = false, length = NAME_LENGTH)
    private String searchName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "field_id")
    private Field field;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel;

    /** The agency that decides (cơ quan thực hiện), by national agency code. */
    @Column(name = "agency_code", nullable = false, length = AGENCY_LENGTH)
    private String agencyCode;

    @Embedded
    private ProcedureDescription description;

    @Embedded
    private StatutoryTerm term;

    @Embedded
    private Fee fee;

    @ElementCollection
    @CollectionTable(name = "catalog_procedure_channel", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<ChannelOffer> channels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "catalog_procedure_form", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<FormTemplateReference> forms = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RequiredDocument> documents = new ArrayList<>();

    @OneToOne(optional = false, cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "workflow_id")
    private Workflow workflow;

    protected Procedure() {
    }

    Procedure(CatalogRelease release, int position, String code, String name, Field field, OnlineLevel onlineLevel,
              String agencyCode, ProcedureDescription description, StatutoryTerm term, Fee fee) {
        this.release = release;
        this.position = position;
        this.code = code;
        this.name = Texts.require(name, "name");
        this.searchName = SearchText.fold(this.name);
        this.field = Objects.requireNonNull(field, "field");
        this.onlineLevel = Objects.requireNonNull(onlineLevel, "onlineLevel");
        this.agencyCode = Texts.require(agencyCode, "agencyCode");
        this.description = Objects.requireNonNull(description, "description");
        this.term = Objects.requireNonNull(term, "term");
        this.fee = fee;
        this.workflow = new Workflow();
    }

    public void offerThrough(Channel channel, StatutoryTerm channelTerm, Fee channelFee) {
        release.requireDraft();
        if (channels.stream().anyMatch(c -> c.getChannel() == channel)) {
            throw new IllegalArgumentException(code + " already offers " + channel);
        }
        channels.add(new ChannelOffer(channel, channelTerm, channelFee));
    }

    public void provideForm(String formCode, String formName) {
        release.requireDraft();
        forms.add(new FormTemplateReference(formCode, formName));
    }

    /** Adds an item of thành phần hồ sơ; a template it names must be one of this procedure's forms. */
    public RequiredDocument require(String documentName, DocumentForm form, int copies, String condition,
                                    String templateCode) {
        release.requireDraft();
        if (templateCode != null && forms.stream().noneMatch(f -> f.getCode().equals(templateCode))) {
            throw new IllegalArgumentException("form " + templateCode + " is not a form of " + code);
        }
        RequiredDocument document = new RequiredDocument(this, documents.size() + 1, documentName, form, copies,
                condition, templateCode);
        documents.add(document);
        return document;
    }

    public WorkflowStep addStep(String stepName, String stepAgencyCode, Role role, BigDecimal budgetDays,
                                String parallelGroup, Set<StepAction> actions) {
        release.requireDraft();
        return workflow.append(stepName, stepAgencyCode, role, budgetDays, parallelGroup, actions);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public CatalogRelease getRelease() {
        return release;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Field getField() {
        return field;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public ProcedureDescription getDescription() {
        return description;
    }

    public StatutoryTerm getTerm() {
        return term;
    }

    public Fee getFee() {
        return fee == null ? new Fee(null, null) : fee;
    }

    public List<ChannelOffer> getChannels() {
        return Collections.unmodifiableList(channels);
    }

    public List<FormTemplateReference> getForms() {
        return Collections.unmodifiableList(forms);
    }

    public List<RequiredDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    /** Identity is the business key: a procedure code within a release. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Procedure procedure && code.equals(procedure.code)
                && release.equals(procedure.release);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
