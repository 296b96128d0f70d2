package vn.motcua.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.chat.control.Memberships;
import vn.motcua.chat.entity.Conversation;
import vn.motcua.chat.entity.ConversationKind;
import vn.motcua.chat.entity.Membership;
import vn.motcua.dossier.control.DossierVisibility;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An officer's conversations: the list with unread counts, opening a direct conversation or a dossier's
 * thread, groups and their members. The officer is named by the caller (the chat socket, authenticated by
 * the staff session, or a staff page); an officer only ever sees conversations they belong to.
 */
@Stateless
@PermitAll
public class Conversations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Every conversation the officer belongs or belonged to, department channels brought in step first. */
    public List<ConversationDto> of(String officer) {
        Memberships memberships = new Memberships(em);
        memberships.alignDepartments(officer, clock.instant());
        em.flush();
        Map<Long, Long> unread = unreadByConversation(officer);
        return em.createNamedQuery("Membership.ofOfficer", Membership.class).setParameter("officer", officer)
                .getResultStream().map(m -> describe(m, unread.getOrDefault(m.getConversation().getId(), 0L)))
                .toList();
    }

    public long unreadTotal(String officer) {
        return unreadByConversation(officer).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<Long, Long> unreadByConversation(String officer) {
        Map<Long, Long> unread = new HashMap<>();
        em.createQuery("SELECT m.conversation.id, COUNT(x) FROM Membership m, ChatMessage x WHERE m.officer = :officer"
                        + " AND x.conversation = m.conversation AND x.sequence > m.lastRead AND x.sender <> :officer"
                        + " AND (m.leftAfter IS NULL OR x.sequence <= m.leftAfter) GROUP BY m.conversation.id",
                        Object[].class).setParameter("officer", officer).getResultStream()
                .forEach(row -> unread.put((Long) row[0], (Long) row[1]));
        return unread;
    }

    public ConversationDto openDirect(String officer, String other) {
        requireOfficers(List.of(other));
        if (officer.equals(other)) {
            throw new BusinessException("chat.refused.self");
        }
        Instant now = clock.instant();
        Conversation direct = em.createNamedQuery("Conversation.direct", Conversation.class)
                .setParameter("key", Conversation.directKey(officer, other)).getResultStream().findFirst()
                .orElseGet(() -> {
                    Conversation created = Conversation.direct(officer, other, now);
                    em.persist(created);
                    Memberships memberships = new Memberships(em);
                    memberships.join(created, officer, now);
                    memberships.join(created, other, now);
                    return created;
                });
        return describe(officer, direct);
    }

    public ConversationDto createGroup(String officer, String title, Collection<String> members) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new BusinessException("chat.refused.groupTitle");
        }
        Set<String> everyone = new LinkedHashSet<>(members);
        everyone.add(officer);
        requireOfficers(everyone);
        Instant now = clock.instant();
        Conversation group = Conversation.group(title, officer, now);
        em.persist(group);
        new Memberships(em).align(group, everyone, now);
        return describe(officer, group);
    }

    /** Any member of a group may bring others in. */
    public ConversationDto addMembers(String officer, long conversationId, Collection<String> members) {
        Membership mine = requireGroup(officer, conversationId);
        requireOfficers(members);
        Memberships memberships = new Memberships(em);
        members.forEach(m -> memberships.join(mine.getConversation(), m, clock.instant()));
        return describe(officer, mine.getConversation());
    }

    /** Only the officer who made a group takes someone out of it; anyone may leave it themselves. */
    public void remove(String officer, long conversationId, String member) {
        Membership mine = requireGroup(officer, conversationId);
        if (!officer.equals(member) && !mine.getConversation().getCreatedBy().equals(officer)) {
            throw new BusinessException("chat.refused.notCreator");
        }
        new Memberships(em).find(mine.getConversation(), member).ifPresent(m -> m.leave(clock.instant()));
    }

    /** The dossier's thread, for an officer who may see the dossier; its participants are brought in. */
    public ConversationDto openDossierThread(String officer, String code) {
        Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        DossierVisibility visibility = new DossierVisibility(em, officer);
        if (dossier == null || visibility.isEmpty() || !visibility.canSee(em, dossier)) {
            throw new BusinessException("chat.refused.dossier", code);
        }
        Instant now = clock.instant();
        Conversation thread = em.createNamedQuery("Conversation.ofDossier", Conversation.class)
                .setParameter("dossier", dossier).getResultStream().findFirst().orElseGet(() -> {
                    Conversation created = Conversation.dossier(dossier, officer, now);
                    em.persist(created);
                    return created;
                });
        Memberships memberships = new Memberships(em);
        memberships.join(thread, officer, now);
        em.flush();
        memberships.alignDerived(thread, now);
        return describe(officer, thread);
    }

    /** Enabled officers other than the caller, to start a conversation with: [username, full name]. */
    public List<String[]> directory(String officer) {
        return em.createQuery("SELECT o.username, o.fullName FROM Officer o WHERE o.enabled = TRUE"
                        + " AND o.username <> :officer ORDER BY o.fullName", Object[].class)
                .setParameter("officer", officer).getResultStream()
                .map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
    }

    private Membership requireGroup(String officer, long conversationId) {
        Membership mine = new Memberships(em).requireActive(conversationId, officer);
        if (mine.getConversation().getKind() != ConversationKind.GROUP) {
            throw new BusinessException("chat.refused.notGroup");
        }
        return mine;
    }

    private void requireOfficers(Collection<String> usernames) {
        long known = usernames.isEmpty() ? 0 : em.createQuery("SELECT COUNT(o) FROM Officer o WHERE o.username IN :names"
                + " AND o.enabled = TRUE", Long.class).setParameter("names", Set.copyOf(usernames)).getSingleResult();
        if (known != Set.copyOf(usernames).size()) {
            throw new BusinessException("chat.refused.unknownOfficer");
        }
    }

    private ConversationDto describe(String officer, Conversation conversation) {
        em.flush();
        Membership mine = new Memberships(em).find(conversation, officer).orElseThrow();
        return describe(mine, unreadByConversation(officer).getOrDefault(conversation.getId(), 0L));
    }

    private ConversationDto describe(Membership mine, long unread) {
        Conversation c = mine.getConversation();
        List<String> members = new Memberships(em).activeMembers(c);
        String title = c.getTitle();
        if (c.getKind() == ConversationKind.DIRECT) {
            String other = members.stream().filter(m -> !m.equals(mine.getOfficer())).findFirst()
                    .orElse(mine.getOfficer());
            title = em.createNamedQuery("Officer.fullNameOf", String.class).setParameter("username", other)
                    .getResultStream().findFirst().orElse(other);
        }
        return new ConversationDto(c.getId(), c.getKind(), title,
                c.getKind() == ConversationKind.DOSSIER ? c.getTitle() : null, unread, mine.readableUpTo(),
                mine.isActive(), members);
    }

}
