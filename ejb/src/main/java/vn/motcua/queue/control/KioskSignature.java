package vn.motcua.queue.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The kiosk page carries a request id made by the server and signed with the installation key
 * (HMAC-SHA256 over kiosk, request id and time): a forged request fails the signature, a stale page
 * fails the age, and a replayed one finds its request id already used and gets the same ticket back.
 */
public final class KioskSignature {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern REQUEST = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");
    // found once: looking the provider up again at every signature was most of signing's cost
    private static final Provider HMAC = provider();
    private static final Duration VALID = Duration.ofMinutes(Integer.getInteger("motcua.queue.kiosk-request-minutes", 30));

    private final byte[] key;

    public KioskSignature(byte[] key) {
        this.key = key.clone();
    }

    /** "requestId.epochSeconds.signature" for a kiosk page about to be shown. */
    public String token(String kiosk, Instant now) {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        String request = HexFormat.of().formatHex(id);
        String body = request + "." + now.getEpochSecond();
        return body + "." + sign(kiosk + "|" + body);
    }

    /** The request id of a genuine, fresh token; null otherwise. */
    public String verify(String kiosk, String token, Instant now) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !REQUEST.matcher(parts[0]).matches() || !SECONDS.matcher(parts[1]).matches()) {
            return null;
        }
        String expected = sign(kiosk + "|" + parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        Instant made = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (made.isAfter(now.plusSeconds(60)) || made.plus(VALID).isBefore(now)) {
            return null;
        }
        return parts[0];
    }

    private static Provider provider() {
        try {
            return Mac.getInstance("HmacSHA256").getProvider();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256", HMAC);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("kiosk|" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
