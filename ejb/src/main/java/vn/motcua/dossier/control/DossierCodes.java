package vn.motcua.dossier.control;

import vn.motcua.dossier.entity.DossierCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds and reads dossier codes from a configurable pattern, because the layout is set by circular
 * and has changed: Circular 01/2018/TT-VPCP Art. 19 {@code {agency}-{yyMMdd}-{seq:4}} gives
 * 000.01.19.H21-260302-0001; Circular 04/2025's {@code …-YYMMDD-AAXXXX} is
 * {@code {agency}-{yyMMdd}-{series}{seq:4}} with a two-character series. Tokens: {agency}, {series},
 * {seq:N} (N digits, zero-padded) and a date written with y, M and d; anything else is literal.
 */
public final class DossierCodes {

    public static final String CIRCULAR_01_2018 = "{agency}-{yyMMdd}-{seq:4}";
    public static final String CIRCULAR_04_2025 = "{agency}-{yyMMdd}-{series}{seq:4}";

    private static final Pattern TOKEN = Pattern.compile("\\{(agency|series|seq:([1-9])|[yMd]+)}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The parts a code is made of; series is null when the pattern has none. */
    public record Parts(String agency, LocalDate day, String series, int number) {
    }

    private final String pattern;
    private final Pattern reader;
    private final List<String> groups = new ArrayList<>();
    private DateTimeFormatter dateFormat;
    private int dateLength;
    private int digits;

    public DossierCodes(String pattern) {
        this.pattern = pattern;
        StringBuilder regex = new StringBuilder();
        Matcher token = TOKEN.matcher(pattern);
        int literalFrom = 0;
        while (token.find()) {
            regex.append(Pattern.quote(pattern.substring(literalFrom, token.start())));
            String name = token.group(1);
            if (name.equals("agency")) {
                regex.append("([0-9A-Za-z.]+?)");
            } else if (name.equals("series")) {
                regex.append("([0-9A-Z]{2})");
            } else if (name.startsWith("seq:")) {
                digits = Integer.parseInt(token.group(2));
                regex.append("(\\d{").append(digits).append("})");
            } else {
                dateFormat = DateTimeFormatter.ofPattern(name.replace('y', 'u'));
                dateLength = name.length();
                regex.append("(\\d{").append(name.length()).append("})");
            }
            groups.add(name.startsWith("seq:") ? "seq" : name.matches("[yMd]+") ? "date" : name);
            literalFrom = token.end();
        }
        regex.append(Pattern.quote(pattern.substring(literalFrom)));
        if (!groups.contains("agency") || !groups.contains("seq") || dateFormat == null) {
            throw new IllegalArgumentException("a dossier code pattern needs {agency}, a date and {seq:N}: " + pattern);
        }
        this.reader = Pattern.compile(regex.toString());
    }

    public DossierCode format(String agency, LocalDate day, String series, int number) {
        if (number < 1 || String.valueOf(number).length() > digits) {
            throw new DossierException("dossier.code.numberExhausted", agency, day, number);
        }
        if (groups.contains("series") && (series == null || !series.matches("[0-9A-Z]{2}"))) {
            throw new IllegalArgumentException("this code pattern needs a two-character series");
        }
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder code = new StringBuilder();
        while (token.find()) {
            String name = token.group(1);
            String value = switch (name.startsWith("seq:") ? "seq" : name.matches("[yMd]+") ? "date" : name) {
                case "agency" -> agency;
                case "series" -> series;
                case "seq" -> String.format("%0" + digits + "d", number);
                default -> dateFormat.format(day);
            };
            token.appendReplacement(code, Matcher.quoteReplacement(value));
        }
        token.appendTail(code);
        return new DossierCode(code.toString());
    }

    public Parts parse(String code) {
        Matcher match = code == null ? null : reader.matcher(code);
        if (match == null || !match.matches()) {
            throw new DossierException("dossier.code.invalid", String.valueOf(code));
        }
        try {
            String agency = match.group(groups.indexOf("agency") + 1);
            LocalDate day = LocalDate.parse(match.group(groups.indexOf("date") + 1), dateFormat);
            String series = groups.contains("series") ? match.group(groups.indexOf("series") + 1) : null;
            int number = Integer.parseInt(match.group(groups.indexOf("seq") + 1));
            return new Parts(agency, day, series, number);
        } catch (DateTimeParseException e) {
            throw new DossierException("dossier.code.invalid", code);
        }
    }

    /**
     * The day written in a piece of a code, when the piece holds a whole date group of this pattern
     * ("260302-0001" gives 2 March 2026): the staff search reads only the dossiers of that day.
     */
    public Optional<LocalDate> dayIn(String fragment) {
        Matcher run = DIGITS.matcher(fragment == null ? "" : fragment);
        while (run.find()) {
            Optional<LocalDate> day = run.group().length() == dateLength ? date(run.group()) : Optional.empty();
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> date(String digitRun) {
        try {
            return Optional.of(LocalDate.parse(digitRun, dateFormat));
        } catch (DateTimeParseException notADate) {
            // a number, not a date, such as the sequence of 04/2025 codes: the caller reads on
            return Optional.empty();
        }
    }
}
