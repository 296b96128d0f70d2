package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The PIN printed on the receipt for looking a dossier up, stored only as a salted PBKDF2 hash: a
 * short PIN in plain or fast-hashed form would be read straight off a stolen backup. The iteration
 * count is stored with the hash so that it can be raised later without breaking old receipts.
 */
@Embeddable
public class LookupPin {

    static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "pin_hash", nullable = false, length = 100)
    private String hash;

    @Column(name = "pin_salt", nullable = false, length = 40)
    private String salt;

    protected LookupPin() {
    }

    private LookupPin(String hash, String salt) {
        this.hash = hash;
        this.salt = salt;
    }

    public static LookupPin of(String pin) {
        if (pin == null || pin.length() < 6) {
            throw new IllegalArgumentException("a lookup PIN has at least six characters");
        }
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = Base64.getEncoder().encodeToString(saltBytes);
        return new LookupPin(ITERATIONS + "$" + derive(pin, saltBytes, ITERATIONS), salt);
    }

    public boolean matches(String pin) {
        if (pin == null) {
            return false;
        }
        int separator = hash.indexOf('$');
        int iterations = Integer.parseInt(hash.substring(0, separator));
        String expected = hash.substring(separator + 1);
        String actual = derive(pin, Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(expected.getBytes(), actual.getBytes());
    }

    private static String derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        }
    }
}
