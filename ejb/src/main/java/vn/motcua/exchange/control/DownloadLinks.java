package vn.motcua.exchange.control;

import vn.motcua.dossier.control.PinKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * Authenticated links to a dossier's papers for a department system: the link names the document, the
 * department and an expiry, and carries an HMAC-SHA256 of the three under a key derived from the
 * installation key, so it can be neither forged nor stretched to another paper or a later time.
 */
public final class DownloadLinks {

    private DownloadLinks() {
    }

    public static String token(long documentId, String agencyCode, Instant expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(linkKey(), "HmacSHA256"));
            byte[] tag = mac.doFinal((documentId + "|" + agencyCode + "|" + expires.getEpochSecond())
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static boolean valid(long documentId, String agencyCode, long expiresEpochSecond, String token,
                                Instant now) {
        if (token == null || agencyCode == null || now.getEpochSecond() > expiresEpochSecond) {
            return false;
        }
        byte[] expected = token(documentId, agencyCode, Instant.ofEpochSecond(expiresEpochSecond))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] linkKey() throws GeneralSecurityException {
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(PinKey.get(), "HmacSHA256"));
        return derive.doFinal("motcua-exchange-download-links".getBytes(StandardCharsets.UTF_8));
    }
}
