/** The queue: the ticket dispenser (kiosk), the counter console, display boards, ticket printing, statistics. */
package vn.motcua.queue.boundary;
