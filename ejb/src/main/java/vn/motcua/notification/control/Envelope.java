package vn.motcua.notification.control;

/** One delivery ready to go: the applicant's e-mail address or phone, the subject (e-mail only) and the text. */
public record Envelope(String address, String subject, String body) {
}
