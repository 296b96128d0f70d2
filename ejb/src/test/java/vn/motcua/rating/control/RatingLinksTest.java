package vn.motcua.rating.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingLinksTest {

    private static final String CODE = "000.01.19.H21-260302-0001";
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final RatingLinks links = new RatingLinks(KEY);

    @Test
    void aTokenIsShortUrlSafeAndStable() {
        String token = links.token(CODE);
        assertEquals(22, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
        assertEquals(token, new RatingLinks(KEY).token(CODE));
        assertTrue(links.matches(CODE, token));
    }

    @Test
    void aTokenRatesOnlyItsOwnDossier() {
        String token = links.token(CODE);
        assertFalse(links.matches("000.01.19.H21-260302-0002", token));
        assertNotEquals(token, links.token("000.01.19.H21-260302-0002"));
    }

    @Test
    void onlyTheInstallationKeyMakesATokenThatMatches() {
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        assertFalse(links.matches(CODE, new RatingLinks(otherKey).token(CODE)));
        assertThrows(IllegalArgumentException.class, () -> new RatingLinks(new byte[16]));
    }

    @Test
    void alteredMissingOrMalformedTokensAreWrong() {
        String token = links.token(CODE);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(links.matches(CODE, altered));
        assertFalse(links.matches(CODE, token.substring(0, 21)));
        assertFalse(links.matches(CODE, token + "AAAA"));
        assertFalse(links.matches(CODE, token + "=="));
        assertFalse(links.matches(CODE, null));
        assertFalse(links.matches(CODE, ""));
        assertFalse(links.matches(CODE, "<script>"));
        assertFalse(links.matches(CODE, "%%%%"));
        assertFalse(links.matches(null, token));
    }
}
