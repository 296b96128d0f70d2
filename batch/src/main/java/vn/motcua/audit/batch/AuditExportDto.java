package vn.motcua.audit.batch;

import java.util.Date;

/** One run of the audit export as the administration screen lists it. */
public record AuditExportDto(long executionId, String status, Date started, Date ended, String file, String sha256) {
}
