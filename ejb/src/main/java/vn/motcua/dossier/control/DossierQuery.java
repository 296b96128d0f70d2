package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.calendar.control.DeadlineEngine;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.SearchText;
import vn.motcua.dossier.boundary.DossierCriteriaDto;
import vn.motcua.dossier.boundary.DossierSummaryDto;
import vn.motcua.dossier.boundary.PageDto;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The staff search over dossiers, shaped so that each kind of search starts from a selective B-tree
 * index on 1,000,000 dossiers (goal p95 &lt; 100 ms, SearchBenchmark), in SQL H2 and PostgreSQL share:
 * <ul>
 * <li>a code piece holding the code's date ("260302-0001") reads only that day's receptions and
 * keeps the codes containing it; any other code piece is the start of a code (an index range);</li>
 * <li>a name is the start of one of its search keys (the name from one of its words on): one range
 * on applicant_search_key. Neither "contains" (no index serves LIKE '%x%' in both databases) nor
 * words in any order (intersecting the lists of "nguyen", "thi" and "hong" took 0.2-1 s) met the goal;</li>
 * <li>identity number and phone are exact; procedure, field and agency codes become ids first; a
 * desk's dossiers are those received there, another agency's those with a step there;</li>
 * <li>the total is counted up to {@link #COUNT_CAP} + 1 rows, since each counted dossier is read to
 * check the officer's scope: 10,000 took 70 ms from memory and 1 s from disk, 1,000 stay within the
 * goal, and beyond 1,000 an officer narrows the search rather than reads the figure.</li>
 * </ul>
 */
public final class DossierQuery {

    public static final int COUNT_CAP = 1_000;
    static final int MAX_PAGE_SIZE = 200;

    /** The columns a result may be sorted by; anything else sorts by reception, newest first. */
    private static final Map<String, String> SORTS = Map.of(
            "receivedAt", "d.receivedAt", "code", "d.code.value", "appointmentAt", "d.clock.appointmentAt",
            "finishedAt", "d.finishedAt", "status", "d.status", "applicantName", "a.searchName");
    private static final String ROW = "SELECT d.code.value, p.code, p.name, f.name, a.fullName, d.status, d.receivedAt,"
            + " d.clock.appointmentAt, d.clock.statutoryDueAt, d.clock.pausedAt, d.finishedAt, d.timeliness, k.code, d.id"
            + " FROM Dossier d JOIN d.procedure p JOIN p.field f JOIN d.applicant a JOIN d.desk k";

    private final EntityManager em;
    private final DossierCodes codes;
    private final Function<String, DeadlineEngine> engines;
    private final Instant now;

    /**
     * @param engines the working calendar of a desk, by agency code, to colour running dossiers
     * @param now     the instant the deadlines are read against
     */
    public DossierQuery(EntityManager em, DossierCodes codes, Function<String, DeadlineEngine> engines, Instant now) {
        this.em = em;
        this.codes = codes;
        this.engines = engines;
        this.now = now;
    }

    /**
     * One page of the dossiers matching the criteria among those received at a desk of the scope or
     * with a step in one of its agencies (DossierVisibility).
     */
    public PageDto<DossierSummaryDto> search(DossierCriteriaDto criteria, Set<Long> scope, int first, int size,
                                             String sortBy, boolean ascending) {
        checkPeriod(criteria.receivedFrom(), criteria.receivedTo(), now);
        JpqlConditions where = scope.isEmpty() ? null : conditions(criteria, scope);
        if (where == null) {
            return new PageDto<>(List.of(), 0);
        }
        int from = Math.max(0, first);
        int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        String direction = ascending ? " ASC" : " DESC";
        String sort = SORTS.getOrDefault(sortBy == null ? "" : sortBy, "d.receivedAt");
        String dossiers = " FROM Dossier d"
                + (where.readsApplicant() || sort.startsWith("a.") ? " JOIN d.applicant a" : "");
        // the page's ids first, from the indexes alone where they cover the search; then its 20 rows' details
        List<Long> ids = where.bind(em.createQuery("SELECT d.id" + dossiers + where.text() + " ORDER BY " + sort
                        + direction + ", d.id" + direction, Long.class))
                .setFirstResult(from).setMaxResults(limit).getResultList();
        List<DossierSummaryDto> rows = rows(ids);
        if (ids.size() < limit && (from == 0 || !ids.isEmpty())) {
            return new PageDto<>(rows, from + ids.size());
        }
        int count = where.bind(em.createQuery("SELECT d.id" + dossiers + where.text(), Long.class))
                .setMaxResults(COUNT_CAP + 1).getResultList().size();
        return new PageDto<>(rows, Math.min(count, COUNT_CAP), count > COUNT_CAP);
    }

    /** The summaries of these dossiers, in the order given. */
    private List<DossierSummaryDto> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery(ROW + " WHERE d.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> byId.put((Long) row[13], row));
        Map<String, DeadlineEngine> calendars = new HashMap<>();
        return ids.stream().map(id -> summary(byId.get(id), calendars)).toList();
    }

    /** A period is whole days already begun, the first not after the last. */
    static void checkPeriod(LocalDate receivedFrom, LocalDate receivedTo, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.VIETNAM);
        if (receivedFrom != null && receivedFrom.isAfter(today) || receivedTo != null && receivedTo.isAfter(today)) {
            throw new DossierException("dossier.period.inFuture", today);
        }
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            throw new DossierException("dossier.period.reversed", receivedFrom, receivedTo);
        }
    }

    /** The WHERE clause; null when a code names nothing, so nothing can match. */
    private JpqlConditions conditions(DossierCriteriaDto criteria, Set<Long> scope) {
        JpqlConditions where = new JpqlConditions().and(DossierVisibility.DOSSIER_IN_SCOPE, "scope", scope);
        SearchTerms terms = SearchTerms.read(criteria.text(), codes);
        if (terms.isCode() && terms.codeDay() != null) {
            where.and("d.receivedAt >= :codeDayStart AND d.receivedAt < :codeDayEnd"
                    + " AND UPPER(d.code.value) LIKE :codeLike", "codeDayStart", startOf(terms.codeDay()),
                    "codeDayEnd", startOf(terms.codeDay().plusDays(1)), "codeLike", "%" + terms.code() + "%");
        } else if (terms.isCode()) {
            where.and("d.code.value >= :codeLow AND d.code.value <= :codeHigh AND d.code.value LIKE :codeLike",
                    "codeLow", terms.code(), "codeHigh", SearchTerms.highest(terms.code(), DossierCode.LENGTH),
                    "codeLike", terms.code() + "%");
        }
        if (terms.isName()) {
            where.and("d.applicant.id IN (SELECT k.applicantId FROM ApplicantSearchKey k WHERE k.searchKey >= :nameLow"
                    + " AND k.searchKey <= :nameHigh)", "nameLow", terms.name(),
                    "nameHigh", SearchTerms.highest(terms.name(), SearchText.KEY_LENGTH));
        }
        if (present(criteria.idNumber())) {
            where.and("a.idNumber = :idNumber", "idNumber", criteria.idNumber().strip()).onApplicant();
        }
        if (present(criteria.phone())) {
            where.and("a.phone = :phone", "phone", criteria.phone().strip()).onApplicant();
        }
        if (criteria.status() != null) {
            where.and("d.status = :status", "status", criteria.status());
        }
        List<Long> procedures = procedures(criteria.procedureCode(), criteria.fieldCode());
        if (procedures != null) {
            if (procedures.isEmpty()) {
                return null;
            }
            where.and("d.procedure.id IN :procedures", "procedures", procedures);
        }
        if (present(criteria.agencyCode())) {
            Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class)
                    .setParameter("code", criteria.agencyCode().strip()).getResultStream().findFirst().orElse(null);
            if (agency == null) {
                return null;
            }
            // a desk receives dossiers (DossierReception.desks); any other agency holds steps of them
            where.and(agency.getKind() == AgencyKind.ONE_STOP_DESK || agency.getKind() == AgencyKind.SERVICE_CENTRE
                    ? "d.desk.id = :agency"
                    : "EXISTS (SELECT h.id FROM DossierTask h WHERE h.dossier = d AND h.agency.id = :agency)",
                    "agency", agency.getId());
        }
        if (criteria.receivedFrom() != null) {
            where.and("d.receivedAt >= :receivedFrom", "receivedFrom", startOf(criteria.receivedFrom()));
        }
        if (criteria.receivedTo() != null) {
            where.and("d.receivedAt < :receivedUntil", "receivedUntil", startOf(criteria.receivedTo().plusDays(1)));
        }
        return where;
    }

    /** The versions, across releases, of the procedure and of the field's procedures; null for any. */
    private List<Long> procedures(String procedureCode, String fieldCode) {
        List<Long> ids = null;
        if (present(procedureCode)) {
            ids = em.createQuery("SELECT p.id FROM Procedure p WHERE p.code = :code", Long.class)
                    .setParameter("code", procedureCode.strip()).getResultList();
        }
        if (present(fieldCode)) {
            List<Long> ofField = em.createQuery("SELECT p.id FROM Procedure p WHERE p.field.code = :field", Long.class)
                    .setParameter("field", fieldCode.strip()).getResultList();
            ids = ids == null ? ofField : ids.stream().filter(ofField::contains).toList();
        }
        return ids;
    }

    private DossierSummaryDto summary(Object[] r, Map<String, DeadlineEngine> calendars) {
        DossierStatus status = (DossierStatus) r[5];
        Instant appointment = (Instant) r[7];
        Instant statutoryDue = (Instant) r[8];
        Instant pausedAt = (Instant) r[9];
        String timeliness;
        if (status.isFinal()) {
            timeliness = r[11] == null ? null : ((Timeliness) r[11]).name();
        } else {
            // report II.06a: in progress is overdue against the law's due; a pause stops that clock
            Instant at = pausedAt != null ? pausedAt : now;
            timeliness = (at.isAfter(statutoryDue) ? Timeliness.OVERDUE : Timeliness.WITHIN_DEADLINE).name();
        }
        String level = status.isRunning() ? DeadlineLevel.of(calendars.computeIfAbsent((String) r[12], engines),
                now, appointment, pausedAt != null).name() : null;
        return new DossierSummaryDto((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                status.name(), (Instant) r[6], appointment, (Instant) r[10], timeliness, level);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.VIETNAM).toInstant();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
