/**
 * Exchange with department systems over JMS (issue 9): the versioned message contracts (documented with
 * JSON Schemas and examples in {@code exchange/} of this module's resources), forwards sent in the
 * transaction of the task they announce, inbound updates applied once through the staff boundary, and
 * the dead letters an administrator inspects, fixes and replays.
 */
package vn.motcua.exchange.boundary;
