package vn.motcua.catalog.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for accent-insensitive search: "Đăng ký thế chấp" and "dang ky the chap"
 * fold alike. Done in Java and stored, so that H2 and PostgreSQL need no collation or function.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** Longest search key kept: a name's whole length. */
    public static final int KEY_LENGTH = 200;

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The folded text as words of letters a-z and digits only, one space apart ("Ksor H'Nga" gives
     * "ksor h nga"): the form search keys and what is searched for share.
     */
    public static String words(String text) {
        return String.join(" ", split(text));
    }

    /**
     * The keys a name is found by: its words from each word on ("nguyen thi hong", "thi hong",
     * "hong"), so that typing any word and those after it, the last one maybe unfinished, is the start
     * of one key: an index range, which serves both databases where LIKE '%x%' serves none.
     */
    public static List<String> keys(String text) {
        List<String> words = split(text);
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String key = String.join(" ", words.subList(i, words.size()));
            keys.add(key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key);
        }
        return List.copyOf(keys);
    }

    private static List<String> split(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(word -> !word.isEmpty()).toList();
    }
}
