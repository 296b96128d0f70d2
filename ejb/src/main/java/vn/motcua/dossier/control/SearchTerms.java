package vn.motcua.dossier.control;

import vn.motcua.catalog.entity.SearchText;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How the staff search box is read. Text with a digit is part of a dossier code (codes are upper
 * case); other text is the applicant's name from any of its words on, accents optional, the last
 * word maybe unfinished: "nguyen thi hong", "thi hong" and "hong nh" find "Nguyễn Thị Hồng Nhung";
 * "nguyen nhung", which skips a word, does not.
 *
 * @param code    the code piece, or null for a name
 * @param codeDay the day the code piece names (its yyMMdd group), or null
 * @param name    the folded name words, one space apart, or empty
 */
record SearchTerms(String code, LocalDate codeDay, String name) {

    static SearchTerms read(String text, DossierCodes codes) {
        String typed = text == null ? "" : text.strip();
        if (typed.chars().anyMatch(Character::isDigit)) {
            String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z.\\-]", "");
            return new SearchTerms(code, codes.dayIn(code).orElse(null), "");
        }
        String name = SearchText.words(typed);
        return new SearchTerms(null, null, name.length() > SearchText.KEY_LENGTH
                ? name.substring(0, SearchText.KEY_LENGTH) : name);
    }

    boolean isCode() {
        return code != null && !code.isEmpty();
    }

    boolean isName() {
        return !name.isEmpty();
    }

    /**
     * The highest string of at most {@code width} more characters that starts with the prefix: with
     * the prefix itself, the bounds of an index range. PostgreSQL turns LIKE 'x%' into a B-tree range
     * only under the C collation; letters and digits sort alike under every collation, and 'z' last.
     */
    static String highest(String prefix, int width) {
        return prefix + "z".repeat(width);
    }
}
