package vn.motcua.dossier.boundary;

/** A paper the office just issued (form 02, 03 or 04): its number, the stored copy and the PDF to print. */
public record IssuedFormDto(String number, long storedFileId, byte[] pdf) {
}
