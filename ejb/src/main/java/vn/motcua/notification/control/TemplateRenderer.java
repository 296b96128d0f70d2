package vn.motcua.notification.control;

import vn.motcua.dossier.control.Dispatch;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.NotificationTemplate;
import vn.motcua.rating.control.RatingLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Fills a template's placeholders ({code}, {procedure}, {appointment}, {link}, {applicant}). Both media
 * are plain text (the e-mail goes as text/plain), so nothing is escaped; a placeholder without a value
 * becomes empty, and a value is never read as a placeholder itself. An SMS is cut at
 * {@value NotificationTemplate#SMS_LENGTH} characters, what the office pays for at most.
 */
public class TemplateRenderer {

    public FilledTemplate render(NotificationTemplate template, Map<String, String> values) {
        String body = fill(template.getBody(), values);
        if (template.getChannel() == DeliveryChannel.SMS) {
            return new FilledTemplate(null, truncated(body, NotificationTemplate.SMS_LENGTH));
        }
        // a subject is one header line, whatever a value holds
        String subject = fill(template.getSubject(), values).replaceAll("[\\r\\n]+", " ").strip();
        return new FilledTemplate(subject, body);
    }

    /**
     * The placeholders' values for a dossier; {link} is its public lookup page under {@code publicUrl},
     * {rating} its satisfaction-rating form with the token that authorises it (RatingLinks).
     */
    public static Map<String, String> values(Dossier dossier, String publicUrl) {
        String code = dossier.getCode().value();
        Map<String, String> values = new HashMap<>();
        values.put("code", code);
        values.put("procedure", dossier.getProcedure().getName());
        values.put("appointment", dossier.getAppointmentAt() == null ? null : Dispatch.format(dossier.getAppointmentAt()));
        values.put("link", publicUrl + "/lookup?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        values.put("applicant", dossier.getApplicant().getFullName());
        values.put("rating", publicUrl + "/rate?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&token="
                + new RatingLinks(PinKey.get()).token(code));
        return values;
    }

    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher placeholder = NotificationTemplate.PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder(text.length() + 64);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = NotificationTemplate.PLACEHOLDERS.contains(name)
                    ? values.getOrDefault(name, "") : placeholder.group();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        placeholder.appendTail(filled);
        // one code point per Vietnamese letter, as gateways count them
        return Normalizer.normalize(filled, Normalizer.Form.NFC);
    }

    static String truncated(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
