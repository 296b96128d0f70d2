package vn.motcua.chat.boundary;

import vn.motcua.chat.entity.ConversationKind;

import java.util.List;

/**
 * A conversation in an officer's list: its title as they read it (the other officer's name for a
 * direct one), unread messages, the last number they may read, and whether they still belong to it.
 */
public record ConversationDto(long id, ConversationKind kind, String title, String dossierCode, long unread,
                              long lastSequence, boolean active, List<String> members) {
}
