/** Batch jobs over the audit trail: the audit-export job and the boundary that starts it. */
package vn.motcua.audit.batch;
