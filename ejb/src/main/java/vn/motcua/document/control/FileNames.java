package vn.motcua.document.control;

import vn.motcua.document.entity.StoredFile;
import vn.motcua.shared.boundary.BusinessException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded file's name safe to show, to put in a download header and to save on Windows or
 * Linux, while keeping Vietnamese letters as the applicant typed them.
 */
public final class FileNames {

    private static final String ILLEGAL_ON_WINDOWS = "<>:\"|?*";
    private static final Pattern DEVICE_NAME = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    private static final int MAX_EXTENSION_LENGTH = 10;
    // CONTROL covers CR/LF (header injection), FORMAT the bidi overrides that make "exe.pdf" look like "fdp.exe"
    private static final Set<Integer> INVISIBLE = Set.of((int) Character.CONTROL, (int) Character.FORMAT,
            (int) Character.SURROGATE, (int) Character.PRIVATE_USE, (int) Character.UNASSIGNED);

    private FileNames() {
    }

    /**
     * The name without any folder, control or invisible characters, in NFC (macOS sends decomposed
     * letters, which would otherwise not match the same name typed on Windows), at most
     * {@link StoredFile#MAX_NAME_LENGTH} characters with its extension kept.
     */
    public static String sanitise(String originalName) {
        if (originalName == null) {
            throw invalid();
        }
        String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                if (kept.isEmpty() || kept.charAt(kept.length() - 1) != ' ') {
                    kept.append(' ');
                }
            } else if (ILLEGAL_ON_WINDOWS.indexOf(c) >= 0) {
                kept.append('_');
            } else if (!INVISIBLE.contains(Character.getType(c))) {
                kept.appendCodePoint(c);
            }
        });
        // leading dots hide a file on Linux; Windows drops trailing dots and spaces
        name = trim(kept.toString());
        if (name.isEmpty()) {
            throw invalid();
        }
        if (DEVICE_NAME.matcher(name).matches()) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /** The lower-case extension without the dot, or an empty string. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.length() - dot - 1 > MAX_EXTENSION_LENGTH) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shorten(String name) {
        if (name.length() <= StoredFile.MAX_NAME_LENGTH) {
            return name;
        }
        String extension = extensionOf(name);
        String suffix = extension.isEmpty() ? "" : name.substring(name.length() - extension.length() - 1);
        int end = StoredFile.MAX_NAME_LENGTH - suffix.length();
        if (Character.isLowSurrogate(name.charAt(end))) {
            end--;
        }
        String base = trim(name.substring(0, end));
        if (base.isEmpty()) {
            throw invalid();
        }
        return base + suffix;
    }

    private static BusinessException invalid() {
        return new BusinessException("document.nameInvalid");
    }
}
