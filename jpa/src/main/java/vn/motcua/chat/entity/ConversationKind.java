package vn.motcua.chat.entity;

/** What a conversation is about, which decides who belongs to it. */
public enum ConversationKind {
    /** Two officers. */
    DIRECT,
    /** Officers chosen by whoever made the group. */
    GROUP,
    /** Everyone holding a role in one agency, kept in step with the role assignments. */
    DEPARTMENT,
    /** Whoever held or holds a step of one dossier, and the leaders over them. */
    DOSSIER
}
