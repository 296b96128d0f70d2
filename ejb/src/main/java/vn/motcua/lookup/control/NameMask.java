package vn.motcua.lookup.control;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The applicant's name as a public page shows it: the first word whole, every other word by its first
 * letter ("Nguyễn Thị Ánh Tuyết" → "Nguyễn T** Á** T****"), enough for the holder of the receipt to
 * recognise it and too little to learn it.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.strip().split("\\s+");
        return words[0] + Arrays.stream(words).skip(1).map(NameMask::initial).collect(Collectors.joining(" ", " ", ""))
                .stripTrailing();
    }

    private static String initial(String word) {
        int first = word.offsetByCodePoints(0, 1);
        return word.substring(0, first) + "*".repeat(Math.max(1, word.codePointCount(first, word.length())));
    }
}
