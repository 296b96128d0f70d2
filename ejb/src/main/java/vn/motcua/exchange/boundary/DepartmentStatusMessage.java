package vn.motcua.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sent by a department system on motcua.dept.&lt;agency code&gt;.in about a step MotCua forwarded to it
 * (schema exchange/department-status.schema.json, version 1). The message id is unique forever; the
 * sequence rises with every update the department sends about the dossier, so that an update overtaken
 * by a later one is recorded and ignored. items: SUPPLEMENT_NEEDED; reasons: REFUSED; result and
 * documents (the signed result, schema exchange/result-document.schema.json): DONE.
 */
public record DepartmentStatusMessage(int schemaVersion, String messageId, String agencyCode, String dossierCode,
                                      int step, long sequence, Instant sentAt, Status status, String note,
                                      List<String> items, List<String> reasons, ResultRef result,
                                      List<ResultDocument> documents) {

    public static final int SCHEMA_VERSION = 1;

    public enum Status { ACCEPTED, PROCESSING, SUPPLEMENT_NEEDED, REFUSED, DONE }

    public DepartmentStatusMessage {
        items = items == null ? List.of() : List.copyOf(items);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** What the department decided: the number and date of the paper issued, who signed it. */
    public record ResultRef(String number, LocalDate signedOn, String signedBy, String summary) {
    }

    /** A result file, inline (base64, at most 10 MB decoded), with the SHA-256 of its decoded bytes. */
    public record ResultDocument(String fileName, String mediaType, String sha256, String contentBase64) {
    }
}
