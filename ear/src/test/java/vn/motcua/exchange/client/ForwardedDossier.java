package vn.motcua.exchange.client;

import jakarta.json.JsonObject;

/**
 * A dossier MotCua forwarded to this department (contract dossier-forwarded, version 1), with the JSON
 * as received for everything this reference client does not read itself (applicant, documents).
 */
public record ForwardedDossier(String messageId, String agencyCode, String dossierCode, int step, long sequence,
                               String dueAt, JsonObject json) {

    static ForwardedDossier of(JsonObject json) {
        return new ForwardedDossier(json.getString("messageId"), json.getString("agencyCode"),
                json.getString("dossierCode"), json.getInt("step"), json.getJsonNumber("sequence").longValue(),
                json.getString("dueAt", null), json);
    }
}
