package vn.motcua.chat.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.chat.entity.Conversation;
import vn.motcua.chat.entity.ConversationKind;
import vn.motcua.chat.entity.Membership;
import vn.motcua.dossier.control.Leaders;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who belongs to a conversation. Department channels and dossier threads follow other data (role
 * assignments, dossier tasks), so they are brought in step whenever they are used rather than by hooks
 * in those components.
 */
public class Memberships {

    private final EntityManager em;

    public Memberships(EntityManager em) {
        this.em = em;
    }

    public Optional<Membership> find(Conversation conversation, String officer) {
        return em.createNamedQuery("Membership.of", Membership.class).setParameter("conversation", conversation)
                .setParameter("officer", officer).getResultStream().findFirst();
    }

    /** The officer's membership, current or past; anyone else is refused as if the conversation did not exist. */
    public Membership require(Long conversationId, String officer) {
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId);
        return Optional.ofNullable(conversation).flatMap(c -> find(c, officer))
                .orElseThrow(() -> new BusinessException("chat.refused.notMember"));
    }

    public Membership requireActive(Long conversationId, String officer) {
        Membership membership = require(conversationId, officer);
        if (!membership.isActive()) {
            throw new BusinessException("chat.refused.notMember");
        }
        return membership;
    }

    public List<String> activeMembers(Conversation conversation) {
        return em.createNamedQuery("Membership.allOf", Membership.class).setParameter("conversation", conversation)
                .getResultStream().filter(Membership::isActive).map(Membership::getOfficer).sorted().toList();
    }

    /** Makes exactly these officers the active members: newcomers join, those no longer listed leave. */
    public void align(Conversation conversation, Collection<String> officers, Instant at) {
        Map<String, Membership> current = new HashMap<>();
        em.createNamedQuery("Membership.allOf", Membership.class).setParameter("conversation", conversation)
                .getResultStream().forEach(m -> current.put(m.getOfficer(), m));
        for (String officer : officers) {
            join(conversation, officer, current.get(officer), at);
        }
        current.values().stream().filter(m -> !officers.contains(m.getOfficer())).forEach(m -> m.leave(at));
    }

    public void join(Conversation conversation, String officer, Instant at) {
        join(conversation, officer, find(conversation, officer).orElse(null), at);
    }

    private void join(Conversation conversation, String officer, Membership existing, Instant at) {
        if (existing == null) {
            em.persist(new Membership(conversation, officer, at));
        } else {
            existing.rejoin(at);
        }
    }

    /** The channel of every agency where the officer holds a role, and no longer those where they do not. */
    public void alignDepartments(String officer, Instant at) {
        Set<Agency> agencies = new LinkedHashSet<>(em.createQuery("SELECT r.agency FROM RoleAssignment r"
                + " WHERE r.officer.username = :officer AND r.officer.enabled = TRUE", Agency.class)
                .setParameter("officer", officer).getResultList());
        for (Agency agency : agencies) {
            Conversation channel = em.createNamedQuery("Conversation.ofAgency", Conversation.class)
                    .setParameter("agency", agency).getResultStream().findFirst().orElse(null);
            if (channel == null) {
                channel = Conversation.department(agency, at);
                em.persist(channel);
                em.flush();
                align(channel, departmentMembers(agency), at);
            } else {
                join(channel, officer, at);
            }
        }
        em.createNamedQuery("Membership.ofOfficer", Membership.class).setParameter("officer", officer)
                .getResultStream().filter(m -> m.getConversation().getKind() == ConversationKind.DEPARTMENT
                        && !agencies.contains(m.getConversation().getAgency()))
                .forEach(m -> m.leave(at));
    }

    /** Keeps a department channel or a dossier thread in step with the data it follows. */
    public void alignDerived(Conversation conversation, Instant at) {
        if (conversation.getKind() == ConversationKind.DEPARTMENT) {
            align(conversation, departmentMembers(conversation.getAgency()), at);
        } else if (conversation.getKind() == ConversationKind.DOSSIER) {
            Set<String> participants = dossierParticipants(conversation);
            participants.addAll(activeMembers(conversation));
            align(conversation, participants, at);
        }
    }

    /** Officers holding any role in the agency (enabled accounts only). */
    public Set<String> departmentMembers(Agency agency) {
        return new LinkedHashSet<>(em.createQuery("SELECT DISTINCT r.officer.username FROM RoleAssignment r"
                + " WHERE r.agency = :agency AND r.officer.enabled = TRUE", String.class)
                .setParameter("agency", agency).getResultList());
    }

    /** Whoever gave, took or closed a step of the dossier, and the leaders over each step's agency. */
    public Set<String> dossierParticipants(Conversation thread) {
        Set<String> names = new LinkedHashSet<>();
        Leaders leaders = new Leaders(em);
        for (DossierTask task : em.createNamedQuery("DossierTask.ofDossier", DossierTask.class)
                .setParameter("dossier", thread.getDossier()).getResultList()) {
            names.add(task.getGivenBy());
            Optional.ofNullable(task.getAssignee()).ifPresent(names::add);
            Optional.ofNullable(task.getClosedBy()).ifPresent(names::add);
            names.addAll(leaders.of(task.getAgency()));
        }
        return names.isEmpty() ? names : new LinkedHashSet<>(em.createQuery("SELECT o.username FROM Officer o"
                + " WHERE o.username IN :names AND o.enabled = TRUE", String.class).setParameter("names", names)
                .getResultList());
    }
}
