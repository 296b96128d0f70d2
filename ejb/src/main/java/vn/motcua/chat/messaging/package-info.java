/** Pushes each chat message from the motcua.chat topic to the members' sockets open on this node. */
package vn.motcua.chat.messaging;
