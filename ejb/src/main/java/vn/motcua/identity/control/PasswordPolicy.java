package vn.motcua.identity.control;

import vn.motcua.shared.boundary.BusinessException;

/**
 * The office's password rule: at least 8 characters with a letter and a digit, not the username.
 * Staff accounts hold citizens' personal data (Decree 13/2023 on personal data protection).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new BusinessException("password.needsLetterAndDigit");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessException("password.sameAsUsername");
        }
    }
}
