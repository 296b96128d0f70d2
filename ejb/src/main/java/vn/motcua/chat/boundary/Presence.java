package vn.motcua.chat.boundary;

/** Trạng thái: with a chat page open and in use, open but idle, or no page open on this node. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
