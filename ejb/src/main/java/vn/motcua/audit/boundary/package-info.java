/** The audit trail: security and administration events, queued in the caller's transaction and stored once. */
package vn.motcua.audit.boundary;
