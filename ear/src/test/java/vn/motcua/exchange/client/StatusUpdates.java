package vn.motcua.exchange.client;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes status updates as the contract department-status (version 1) describes them: a fresh message
 * id every time, the dossier code and step of the forward answered, and the department's own sequence
 * for the dossier, which must rise with every update it sends about that dossier.
 */
public final class StatusUpdates {

    private StatusUpdates() {
    }

    public static JsonObjectBuilder update(ForwardedDossier dossier, long sequence, String status) {
        return Json.createObjectBuilder()
                .add("schemaVersion", 1)
                .add("messageId", UUID.randomUUID().toString())
                .add("agencyCode", dossier.agencyCode())
                .add("dossierCode", dossier.dossierCode())
                .add("step", dossier.step())
                .add("sequence", sequence)
                .add("sentAt", Instant.now().toString())
                .add("status", status);
    }

    public static String accepted(ForwardedDossier dossier, long sequence) {
        return update(dossier, sequence, "ACCEPTED").build().toString();
    }

    public static String processing(ForwardedDossier dossier, long sequence, String note) {
        return update(dossier, sequence, "PROCESSING").add("note", note).build().toString();
    }

    public static String supplementNeeded(ForwardedDossier dossier, long sequence, List<String> items, String note) {
        return update(dossier, sequence, "SUPPLEMENT_NEEDED").add("items", lines(items)).add("note", note).build().toString();
    }

    public static String refused(ForwardedDossier dossier, long sequence, List<String> reasons) {
        return update(dossier, sequence, "REFUSED").add("reasons", lines(reasons)).build().toString();
    }

    /** DONE with the result's number and date and the signed result file (here a one-page PDF). */
    public static String done(ForwardedDossier dossier, long sequence, String resultNumber, byte[] pdf) {
        return update(dossier, sequence, "DONE")
                .add("note", "Đã giải quyết xong")
                .add("result", Json.createObjectBuilder().add("number", resultNumber)
                        .add("signedOn", LocalDate.now().toString()).add("signedBy", "Giám đốc"))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "ket-qua-" + dossier.dossierCode() + ".pdf")
                        .add("mediaType", "application/pdf")
                        .add("sha256", sha256(pdf))
                        .add("contentBase64", Base64.getEncoder().encodeToString(pdf))))
                .build().toString();
    }

    /** A minimal valid one-page PDF standing in for the department's signed result. */
    public static byte[] samplePdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[^A-Za-z0-9 .-]", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonArrayBuilder lines(List<String> lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(array::add);
        return array;
    }
}
