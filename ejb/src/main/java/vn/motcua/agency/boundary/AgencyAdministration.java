package vn.motcua.agency.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyChange;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reorganising the agency tree as data (the 2025 two-tier reform abolished districts and merged
 * communes): add, rename, move, merge, retire, each kept in the agency's history. Administrators act
 * only below the agencies where they hold ADMIN.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AgencyAdministration {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public AgencyDto add(NewAgencyDto request) {
        Agency parent = inScope(request.parentCode());
        String code = request.code() == null ? "" : request.code().strip();
        if (!code.matches("[A-Za-z0-9.\\-]{2,40}")) {
            throw new BusinessException("agency.codeInvalid");
        }
        if (find(code) != null) {
            throw new BusinessException("agency.codeTaken", code);
        }
        checkName(request.name());
        if (request.kind() == null || request.activeFrom() == null) {
            throw new BusinessException("agency.kindAndDateRequired");
        }
        Agency agency = new Agency(code, request.name(), request.kind(), parent, request.activeFrom());
        agency.locateAt(request.address());
        em.persist(agency);
        record(agency, AgencyChange.Kind.CREATED, request.activeFrom(), "under " + parent.getCode());
        return AgencyDto.of(agency);
    }

    public void rename(String code, long expectedVersion, String newName, LocalDate effectiveOn) {
        checkName(newName);
        Agency agency = current(code, expectedVersion);
        String before = agency.getName();
        agency.rename(newName);
        record(agency, AgencyChange.Kind.RENAMED, dateOrToday(effectiveOn), before + " → " + newName.strip());
    }

    public void move(String code, long expectedVersion, String newParentCode, LocalDate effectiveOn) {
        Agency agency = current(code, expectedVersion);
        Agency newParent = inScope(newParentCode);
        String before = agency.getParent() == null ? "-" : agency.getParent().getCode();
        try {
            agency.moveUnder(newParent);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("agency.moveBelowItself");
        }
        record(agency, AgencyChange.Kind.MOVED, dateOrToday(effectiveOn), before + " → " + newParent.getCode());
    }

    /** Merges an agency into another; its active children move to the successor. */
    public void merge(String code, long expectedVersion, String successorCode, LocalDate lastDay) {
        Agency agency = current(code, expectedVersion);
        Agency successor = inScope(successorCode);
        LocalDate day = dateOrToday(lastDay);
        try {
            for (Agency child : children(agency)) {
                child.moveUnder(successor);
                record(child, AgencyChange.Kind.MOVED, day, code + " → " + successorCode + " (merger)");
            }
            agency.mergeInto(successor, day);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("agency.mergeInvalid");
        }
        record(agency, AgencyChange.Kind.MERGED, day, "into " + successorCode);
    }

    public void retire(String code, long expectedVersion, LocalDate lastDay) {
        Agency agency = current(code, expectedVersion);
        LocalDate day = dateOrToday(lastDay);
        if (children(agency).stream().anyMatch(c -> c.isActiveOn(day.plusDays(1)))) {
            throw new BusinessException("agency.hasActiveChildren");
        }
        try {
            agency.retire(day);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("agency.retireBeforeStart");
        }
        record(agency, AgencyChange.Kind.RETIRED, day, null);
    }

    /** The agencies this administrator manages, parents before children. */
    public List<AgencyDto> managed() {
        AgencyScope scope = AgencyScope.of(em, caller(), Role.ADMIN);
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(scope::covers).map(AgencyDto::of).toList();
    }

    public List<AgencyChangeDto> history(String code) {
        inScope(code);
        return em.createNamedQuery("AgencyChange.findByAgency", AgencyChange.class).setParameter("code", code)
                .getResultStream()
                .map(c -> new AgencyChangeDto(c.getKind().name(), c.getEffectiveOn(), c.getDetail(), c.getActor()))
                .toList();
    }

    private List<Agency> children(Agency agency) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.parent = :parent", Agency.class)
                .setParameter("parent", agency).getResultList();
    }

    /** The agency as the administrator last saw it; a newer version means someone else changed it first. */
    private Agency current(String code, long expectedVersion) {
        Agency agency = inScope(code);
        if (agency.getVersion() != expectedVersion) {
            throw new BusinessException("record.concurrentEdit");
        }
        return agency;
    }

    private Agency inScope(String code) {
        Agency agency = code == null ? null : find(code);
        if (agency == null || !AgencyScope.of(em, caller(), Role.ADMIN).covers(agency)) {
            throw new BusinessException("agency.outOfScope", String.valueOf(code));
        }
        return agency;
    }

    private Agency find(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private void record(Agency agency, AgencyChange.Kind kind, LocalDate effectiveOn, String detail) {
        em.persist(new AgencyChange(agency, kind, effectiveOn, detail, caller(), clock.instant()));
        audit.record(caller(), "AGENCY_" + kind, agency.getCode(), detail);
    }

    private LocalDate dateOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 255 || name.matches(".*[<>].*")) {
            throw new BusinessException("agency.nameInvalid");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
