/**
 * The staff chat as the web tier uses it: conversations and their members ({@code Conversations}), sending
 * and reading messages ({@code ChatRoom}), and the sockets open on this node ({@code ConnectedOfficers}).
 * The officer is named by the caller: the WebSocket endpoint takes it from the authenticated handshake.
 */
package vn.motcua.chat.boundary;
