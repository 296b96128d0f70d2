/** Consumers of the printer queue and of the display topic. */
package vn.motcua.queue.messaging;
