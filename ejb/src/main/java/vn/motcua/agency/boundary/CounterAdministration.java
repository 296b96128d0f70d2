package vn.motcua.agency.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.agency.entity.Counter;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.catalog.control.KnownFields;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

import java.util.List;

/** The counters of the one-stop desks an administrator manages, and the fields each serves. */
@Stateless
@RolesAllowed("ADMIN")
public class CounterAdministration {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private KnownFields fields;

    /** Counters of a desk, for every screen that needs them (reception, queue console). */
    @PermitAll
    public List<CounterDto> counters(String deskCode) {
        return em.createNamedQuery("Counter.findByDesk", Counter.class).setParameter("desk", deskCode)
                .getResultStream().map(CounterDto::of).toList();
    }

    public List<AgencyDto> desks() {
        AgencyScope scope = AgencyScope.of(em, caller(), Role.ADMIN);
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(a -> a.getKind() == AgencyKind.ONE_STOP_DESK || a.getKind() == AgencyKind.SERVICE_CENTRE)
                .filter(scope::covers).map(AgencyDto::of).toList();
    }

    public CounterDto add(String deskCode, int number, String name, List<String> fieldCodes) {
        Agency desk = desk(deskCode);
        if (counters(deskCode).stream().anyMatch(c -> c.number() == number)) {
            throw new BusinessException("counter.numberTaken", number);
        }
        checkName(name);
        if (number < 1 || number > 999) {
            throw new BusinessException("counter.numberInvalid");
        }
        Counter counter = new Counter(desk, number, name, fields.of(fieldCodes, "counter.fieldsRequired"));
        em.persist(counter);
        em.flush();
        audit.record(caller(), "COUNTER_ADDED", deskCode + "#" + number, String.join(",", fieldCodes));
        return CounterDto.of(counter);
    }

    public CounterDto change(long id, long expectedVersion, String name, List<String> fieldCodes, boolean active) {
        Counter counter = em.find(Counter.class, id);
        if (counter == null) {
            throw new BusinessException("counter.unknown");
        }
        desk(counter.getDesk().getCode());
        if (counter.getVersion() != expectedVersion) {
            throw new BusinessException("record.concurrentEdit");
        }
        checkName(name);
        counter.rename(name);
        counter.serve(fields.of(fieldCodes, "counter.fieldsRequired"));
        if (active) {
            counter.reopen();
        } else {
            counter.close();
        }
        em.flush();
        audit.record(caller(), "COUNTER_CHANGED", counter.getDesk().getCode() + "#" + counter.getNumber(),
                String.join(",", fieldCodes) + (active ? "" : " (closed)"));
        return CounterDto.of(counter);
    }

    private Agency desk(String code) {
        Agency desk = code == null ? null : em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (desk == null || (desk.getKind() != AgencyKind.ONE_STOP_DESK && desk.getKind() != AgencyKind.SERVICE_CENTRE)
                || !AgencyScope.of(em, caller(), Role.ADMIN).covers(desk)) {
            throw new BusinessException("agency.outOfScope", String.valueOf(code));
        }
        return desk;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.matches(".*[<>].*")) {
            throw new BusinessException("counter.nameInvalid");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
