package vn.motcua.rating.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * The token in the rating link sent to an applicant: an HMAC-SHA256 of the dossier code under the
 * installation's secret key (the lookup-PIN key, kept outside the database), so only this office can
 * make a link and a link made for one dossier rates no other. Cut to 128 bits (22 base64url
 * characters), still beyond guessing, so that the whole link fits in one SMS.
 */
public final class RatingLinks {

    /** Keeps these MACs apart from the PIN hashes made under the same key. */
    private static final byte[] PURPOSE = "motcua/satisfaction-rating\0".getBytes(StandardCharsets.US_ASCII);
    private static final int TOKEN_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public RatingLinks(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the link key has at least 256 bits");
        }
        this.key = key.clone();
    }

    public String token(String dossierCode) {
        return ENCODER.encodeToString(mac(dossierCode));
    }

    /**
     * Compared as text in constant time: only the canonical encoding matches, not a variant that
     * decodes to the same bytes; a missing or malformed token is simply wrong.
     */
    public boolean matches(String dossierCode, String token) {
        if (dossierCode == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(dossierCode).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String dossierCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(PURPOSE);
            return Arrays.copyOf(mac.doFinal(dossierCode.getBytes(StandardCharsets.UTF_8)), TOKEN_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
