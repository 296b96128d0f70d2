/** Membership rules, the chat topic, dossier links and the JSON frames of the chat socket. */
package vn.motcua.chat.control;
