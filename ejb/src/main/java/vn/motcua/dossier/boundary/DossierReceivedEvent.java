package vn.motcua.dossier.boundary;

/** A dossier was received and its transaction committed (fired only when the applicant wants messages). */
public record DossierReceivedEvent(String dossierCode) {
}
