package vn.motcua.dossier.control;

import vn.motcua.dossier.entity.Applicant;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises what the desk types about an applicant before it is stored or searched.
 * Every refusal names a message key; each method returns the value as it is kept.
 */
public final class ApplicantRules {

    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;
    public static final int EMAIL_LENGTH = 254;

    /** Số định danh cá nhân on the chip-based citizen ID card: twelve digits. */
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    /** Mã số thuế: ten digits, or thirteen for a branch, written 10-3 (Circular 105/2020/TT-BTC). */
    private static final Pattern TAX_CODE = Pattern.compile("(\\d{10})(?:-?(\\d{3}))?");
    /** Vietnamese mobile numbers since the 2018 renumbering: ten digits, 03/05/07/08/09. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}");
    /** Markup, and script or data URLs, never belong in a name printed on a receipt or a page. */
    private static final Pattern MARKUP = Pattern.compile("[<>{}]|(?i)(javascript|vbscript|data):");

    public String idNumber(Applicant.IdKind kind, String value) {
        return kind == Applicant.IdKind.CITIZEN_ID ? citizenId(value) : taxCode(value);
    }

    public String citizenId(String value) {
        String digits = value == null ? "" : value.strip();
        if (!CITIZEN_ID.matcher(digits).matches()) {
            throw new DossierException("applicant.citizenId.invalid", digits);
        }
        return digits;
    }

    /** Kept as 10 digits, or 10-3 for a thirteen-digit code, the way the tax authority prints it. */
    public String taxCode(String value) {
        var match = TAX_CODE.matcher(value == null ? "" : value.strip());
        if (!match.matches()) {
            throw new DossierException("applicant.taxCode.invalid", String.valueOf(value));
        }
        return match.group(2) == null ? match.group(1) : match.group(1) + "-" + match.group(2);
    }

    /** Optional; spaces, dots and dashes are dropped and +84 becomes 0. */
    public String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new DossierException("applicant.phone.invalid", value.strip());
        }
        return digits;
    }

    public String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip();
        if (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new DossierException("applicant.email.invalid", email);
        }
        return email.toLowerCase(Locale.ROOT);
    }

    public String name(String value) {
        if (value == null || value.isBlank()) {
            throw new DossierException("applicant.name.required");
        }
        return text(value, NAME_LENGTH, "applicant.name");
    }

    public String address(String value) {
        return value == null || value.isBlank() ? null : text(value, ADDRESS_LENGTH, "applicant.address");
    }

    private static String text(String value, int maxLength, String keyPrefix) {
        String text = value.strip().replaceAll("\\s+", " ");
        if (text.length() > maxLength) {
            throw new DossierException(keyPrefix + ".tooLong", maxLength);
        }
        if (MARKUP.matcher(text).find() || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new DossierException(keyPrefix + ".invalidCharacters");
        }
        return text;
    }
}
