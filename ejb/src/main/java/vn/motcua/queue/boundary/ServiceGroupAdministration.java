package vn.motcua.queue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.boundary.CounterAdministration;
import vn.motcua.agency.boundary.CounterDto;
import vn.motcua.agency.entity.Agency;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.catalog.control.KnownFields;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.shared.boundary.BusinessException;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The service groups of the desks an administrator manages: their letter, fields, issuing hours, daily cap
 * and counters. A new procedure set or a new counter is a change here, not in the software; the kiosk reads
 * a group's terms afresh on every ticket, so a change holds from the next number.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ServiceGroupAdministration {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private CounterAdministration counters;

    @Inject
    private AuditTrail audit;

    @Inject
    private KnownFields fields;

    public List<ServiceGroupSettingsDto> groups(String deskCode) {
        desk(deskCode);
        return em.createNamedQuery("ServiceGroup.findByDesk", ServiceGroup.class).setParameter("desk", deskCode)
                .getResultStream().map(ServiceGroupSettingsDto::of).toList();
    }

    public ServiceGroupSettingsDto add(String deskCode, ServiceGroupSettingsDto settings) {
        Agency desk = desk(deskCode);
        String prefix = settings.prefix() == null ? "" : settings.prefix().strip();
        if (!prefix.matches("[A-Z]")) {
            throw new BusinessException("queueGroup.prefixInvalid");
        }
        if (!em.createNamedQuery("ServiceGroup.findByPrefix", ServiceGroup.class).setParameter("desk", deskCode)
                .setParameter("prefix", prefix).getResultList().isEmpty()) {
            throw new BusinessException("queueGroup.prefixTaken", prefix);
        }
        check(deskCode, settings);
        ServiceGroup group = new ServiceGroup(desk, prefix, settings.name(),
                fields.of(settings.fieldCodes(), "queueGroup.fieldsRequired"),
                settings.opensAt(), settings.closesAt(), settings.dailyCap(), settings.returnsResults());
        group.servedAt(settings.counterNumbers());
        em.persist(group);
        em.flush();
        audit.record(caller(), "QUEUE_GROUP_ADDED", deskCode + "#" + prefix, describe(group));
        return ServiceGroupSettingsDto.of(group);
    }

    public ServiceGroupSettingsDto change(long id, ServiceGroupSettingsDto settings) {
        ServiceGroup group = em.find(ServiceGroup.class, id);
        if (group == null) {
            throw new BusinessException("queueGroup.unknown");
        }
        String deskCode = group.getDesk().getCode();
        desk(deskCode);
        if (group.getVersion() != settings.version()) {
            throw new BusinessException("record.concurrentEdit");
        }
        check(deskCode, settings);
        group.rename(settings.name());
        group.serveFields(fields.of(settings.fieldCodes(), "queueGroup.fieldsRequired"));
        group.schedule(settings.opensAt(), settings.closesAt(), settings.dailyCap());
        group.servedAt(settings.counterNumbers());
        group.activate(settings.active());
        em.flush();
        audit.record(caller(), "QUEUE_GROUP_CHANGED", deskCode + "#" + group.getPrefix(), describe(group));
        return ServiceGroupSettingsDto.of(group);
    }

    /** The rules of what an administrator types, each with its own message, before the entity sees it. */
    private void check(String deskCode, ServiceGroupSettingsDto settings) {
        String name = settings.name();
        if (name == null || name.isBlank() || name.length() > 200 || name.matches("(?s).*[<>].*")) {
            throw new BusinessException("queueGroup.nameInvalid");
        }
        if (settings.opensAt() == null || settings.closesAt() == null || !settings.opensAt().isBefore(settings.closesAt())) {
            throw new BusinessException("queueGroup.hoursInvalid");
        }
        // three digits on the ticket (A001-A999)
        if (settings.dailyCap() < 1 || settings.dailyCap() > 999) {
            throw new BusinessException("queueGroup.capInvalid");
        }
        Set<Integer> numbers = counters.counters(deskCode).stream().map(CounterDto::number).collect(Collectors.toSet());
        if (settings.counterNumbers() != null) {
            settings.counterNumbers().stream().filter(n -> n == null || !numbers.contains(n)).findFirst().ifPresent(n -> {
                throw new BusinessException("queueGroup.counterUnknown", String.valueOf(n));
            });
        }
    }

    /** A desk the caller administers (the same desks as the counters' screen), else refused. */
    private Agency desk(String code) {
        if (code == null || counters.desks().stream().noneMatch(d -> d.code().equals(code))) {
            throw new BusinessException("agency.outOfScope", String.valueOf(code));
        }
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code).getSingleResult();
    }

    private static String describe(ServiceGroup group) {
        return group.getName() + " " + group.getOpensAt() + "-" + group.getClosesAt() + " cap " + group.getDailyCap()
                + " fields " + String.join(",", new TreeSet<>(group.getFieldCodes())) + " counters "
                + group.getCounterNumbers() + (group.isActive() ? "" : " (closed)");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
