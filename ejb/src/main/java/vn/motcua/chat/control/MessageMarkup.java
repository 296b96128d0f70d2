package vn.motcua.chat.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as HTML: all of it escaped, so markup and script typed by an officer show as text, and
 * each dossier code the reader may open made a link to that dossier (a code they may not open stays text,
 * which tells them nothing the sender did not already write).
 */
public final class MessageMarkup {

    /** The shape of a dossier code (Circular 01/2018 Art. 19: agency code, date, number), e.g. 000.01.19.H21-260315-0001. */
    static final Pattern CODE = Pattern.compile("(?<![\\w.-])[0-9A-Z][0-9A-Z.]{0,39}-\\d{6}-\\d{3,8}(?![\\w-])");

    /** Relative to the chat page, which lives at the root of the staff web. */
    private static final String DOSSIER_PAGE = "dossiers/dossier?code=";

    private MessageMarkup() {
    }

    public static Set<String> codesIn(String body) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = CODE.matcher(body);
        while (matcher.find()) {
            codes.add(matcher.group());
        }
        return codes;
    }

    public static String render(String body, Collection<String> linkable) {
        StringBuilder html = new StringBuilder(body.length() + 16);
        Matcher matcher = CODE.matcher(body);
        int from = 0;
        while (matcher.find()) {
            escape(body.substring(from, matcher.start()), html);
            String code = matcher.group();
            if (linkable.contains(code)) {
                html.append("<a class=\"dossier-link\" href=\"").append(DOSSIER_PAGE)
                        .append(URLEncoder.encode(code, StandardCharsets.UTF_8)).append("\">");
                escape(code, html);
                html.append("</a>");
            } else {
                escape(code, html);
            }
            from = matcher.end();
        }
        escape(body.substring(from), html);
        return html.toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
