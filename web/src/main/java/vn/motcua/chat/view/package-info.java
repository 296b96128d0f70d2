/**
 * The staff chat in the browser: the page {@code /chat}, its WebSocket {@code /chat/socket} (behind the
 * staff web's security constraint, so the signed-in session is the only login) and the menu's unread badge.
 */
package vn.motcua.chat.view;
