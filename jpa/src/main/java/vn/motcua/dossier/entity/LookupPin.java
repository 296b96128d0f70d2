package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The PIN printed on the receipt for looking a dossier up, stored only as a salted HMAC-SHA256 under
 * the installation's secret key, which lives outside the database. A six-digit PIN has a million
 * values, so no stretching makes a stolen hash safe; a key the thief of a database backup does not
 * have does, and it costs microseconds instead of holding up the desk.
 */
@Embeddable
public class LookupPin {

    private static final String SCHEME = "hmac-sha256$";
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

    public static LookupPin of(String pin, byte[] key) {
        if (pin == null || pin.length() < 6) {
            throw new IllegalArgumentException("a lookup PIN has at least six characters");
        }
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        return new LookupPin(SCHEME + mac(pin, saltBytes, key), Base64.getEncoder().encodeToString(saltBytes));
    }

    public boolean matches(String pin, byte[] key) {
        if (pin == null || !hash.startsWith(SCHEME)) {
            return false;
        }
        String actual = mac(pin, Base64.getDecoder().decode(salt), key);
        return MessageDigest.isEqual(hash.substring(SCHEME.length()).getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String mac(String pin, byte[] salt, byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the PIN key has at least 256 bits");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(salt);
            return Base64.getEncoder().encodeToString(mac.doFinal(pin.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
