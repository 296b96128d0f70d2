package vn.motcua.dossier.boundary;

import vn.motcua.dossier.control.ReceiptRenderer;

import java.time.Instant;

/**
 * The received dossier as the desk hands it over: code, lookup PIN (shown once), appointment, and
 * what the receipt (form 01) prints. The PDF is drawn when the officer prints it, after the reception
 * committed: rendering inside the transaction would hold the desk's counter row lock for nothing.
 */
public record ReceptionOutcomeDto(String dossierCode, String lookupPin, Instant appointmentAt, ReceiptDto receipt) {

    public byte[] receiptPdf() {
        return ReceiptRenderer.render(receipt);
    }
}
