package vn.motcua.dossier.boundary;

/** A dossier moved (an action journaled, or a department's task opened); observers act once it commits. */
public record DossierChangedEvent(String dossierCode) {
}
