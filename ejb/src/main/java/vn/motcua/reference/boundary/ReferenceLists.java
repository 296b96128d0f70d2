package vn.motcua.reference.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.reference.entity.ReferenceEntry;
import vn.motcua.reference.entity.ReferenceList;
import vn.motcua.shared.boundary.BusinessException;

import java.util.List;

/** Reads reference lists for everyone; administrators add, rename, deactivate entries. */
@Stateless
@PermitAll
public class ReferenceLists {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public List<ReferenceListDto> lists() {
        return em.createNamedQuery("ReferenceList.findAll", ReferenceList.class).getResultStream()
                .map(l -> new ReferenceListDto(l.getCode(), l.getName())).toList();
    }

    public List<ReferenceEntryDto> entries(String listCode) {
        return em.createNamedQuery("ReferenceEntry.findByList", ReferenceEntry.class)
                .setParameter("list", listCode).getResultStream().map(ReferenceEntryDto::of).toList();
    }

    public List<ReferenceEntryDto> activeEntries(String listCode) {
        return entries(listCode).stream().filter(ReferenceEntryDto::active).toList();
    }

    @RolesAllowed("ADMIN")
    public ReferenceEntryDto add(String listCode, String code, String name) {
        ReferenceList list = listCode == null ? null : em.find(ReferenceList.class, listCode);
        if (list == null) {
            throw new BusinessException("reference.listUnknown", String.valueOf(listCode));
        }
        String normalized = code == null ? "" : code.strip().toUpperCase();
        if (!normalized.matches("[A-Z0-9_]{1,40}")) {
            throw new BusinessException("reference.codeInvalid");
        }
        checkName(name);
        if (!em.createNamedQuery("ReferenceEntry.findByListAndCode", ReferenceEntry.class)
                .setParameter("list", listCode).setParameter("code", normalized).getResultList().isEmpty()) {
            throw new BusinessException("reference.codeTaken", normalized);
        }
        ReferenceEntry entry = new ReferenceEntry(list, normalized, name, entries(listCode).size() + 1);
        em.persist(entry);
        em.flush();
        audit.record(caller(), "REFERENCE_ADDED", listCode + "/" + normalized, name);
        return ReferenceEntryDto.of(entry);
    }

    @RolesAllowed("ADMIN")
    public ReferenceEntryDto rename(long id, long expectedVersion, String name) {
        checkName(name);
        ReferenceEntry entry = current(id, expectedVersion);
        entry.rename(name);
        flush();
        audit.record(caller(), "REFERENCE_RENAMED", entry.getList().getCode() + "/" + entry.getCode(), name);
        return ReferenceEntryDto.of(entry);
    }

    @RolesAllowed("ADMIN")
    public ReferenceEntryDto setActive(long id, long expectedVersion, boolean active) {
        ReferenceEntry entry = current(id, expectedVersion);
        if (active) {
            entry.activate();
        } else {
            entry.deactivate();
        }
        flush();
        audit.record(caller(), active ? "REFERENCE_ACTIVATED" : "REFERENCE_DEACTIVATED",
                entry.getList().getCode() + "/" + entry.getCode(), null);
        return ReferenceEntryDto.of(entry);
    }

    /** The entry as the editor last saw it; a newer version means someone else saved first. */
    private ReferenceEntry current(long id, long expectedVersion) {
        ReferenceEntry entry = em.find(ReferenceEntry.class, id);
        if (entry == null) {
            throw new BusinessException("reference.unknown");
        }
        if (entry.getVersion() != expectedVersion) {
            throw new BusinessException("record.concurrentEdit");
        }
        return entry;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("record.concurrentEdit");
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.matches(".*[<>].*")) {
            throw new BusinessException("reference.nameInvalid");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
