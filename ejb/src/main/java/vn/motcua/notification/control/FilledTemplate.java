package vn.motcua.notification.control;

/** A template with its placeholders filled: the subject (none for an SMS) and the body, as sent. */
public record FilledTemplate(String subject, String body) {
}
