/** The consumer of status updates from department systems. */
package vn.motcua.exchange.messaging;
