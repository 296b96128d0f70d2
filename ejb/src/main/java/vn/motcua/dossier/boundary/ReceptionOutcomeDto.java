package vn.motcua.dossier.boundary;

import java.time.Instant;

/** The received dossier as the desk hands it over: code, lookup PIN (shown once), appointment, receipt. */
public record ReceptionOutcomeDto(String dossierCode, String lookupPin, Instant appointmentAt, byte[] receiptPdf) {
}
