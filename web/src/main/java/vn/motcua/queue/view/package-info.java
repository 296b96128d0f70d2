/** The queue's pages: the kiosk (/ticket), the display board (/board and its WebSocket), the counter console and statistics (/queue). */
package vn.motcua.queue.view;
