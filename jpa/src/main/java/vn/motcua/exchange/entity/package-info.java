/** What MotCua keeps of its exchange with department systems: connected departments and the message log. */
package vn.motcua.exchange.entity;
