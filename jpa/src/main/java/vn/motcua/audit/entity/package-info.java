/** The audit trail of security and administration events. */
package vn.motcua.audit.entity;
