package vn.motcua.exchange.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Sent on motcua.dept.&lt;agency code&gt;.out when a step of a dossier is handed to that department's
 * system (schema exchange/dossier-forwarded.schema.json, version 1). Correlation: dossier code + step;
 * the sequence rises by one with every message MotCua sends about the dossier. Download links carry
 * their own expiring token: the department needs no MotCua account to fetch the papers.
 */
public record DossierForwardedMessage(int schemaVersion, String messageId, String agencyCode, String dossierCode,
                                      int step, long sequence, Instant sentAt, String stepName, Instant dueAt,
                                      ProcedureRef procedure, ApplicantRef applicant, List<DocumentRef> documents) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "DOSSIER_FORWARDED";

    public DossierForwardedMessage {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public record ProcedureRef(String code, String name) {
    }

    /** kind PERSON or ORGANISATION; idKind CITIZEN_ID or TAX_CODE. */
    public record ApplicantRef(String kind, String fullName, String idKind, String idNumber, String phone,
                               String email, String address) {
    }

    /** kind SUBMITTED, SUPPLEMENT, WORKING, RESULT or FORM; sha256 in lower-case hex of the file's bytes. */
    public record DocumentRef(long id, String name, String kind, String fileName, String mediaType, long sizeBytes,
                              String sha256, String downloadUrl, Instant linkExpiresAt) {
    }
}
