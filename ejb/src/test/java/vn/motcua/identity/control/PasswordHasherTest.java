package vn.motcua.identity.control;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.entity.PasswordHash;
import vn.motcua.shared.boundary.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedAndVerifiable() {
        PasswordHash first = hasher.hash("MotCua@2026".toCharArray());
        PasswordHash second = hasher.hash("MotCua@2026".toCharArray());
        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
        assertEquals(PasswordHasher.COST, first.iterations());
        assertTrue(hasher.matches("MotCua@2026".toCharArray(), first));
        assertFalse(hasher.matches("motcua@2026".toCharArray(), first));
    }

    @Test
    void policyRefusesWeakPasswordsWithAMessageKey() {
        assertEquals("password.tooShort",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("lan", "ab1")).getMessageKey());
        assertEquals("password.needsLetterAndDigit",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("lan", "abcdefghij")).getMessageKey());
        assertEquals("password.sameAsUsername",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("tiepnhan1", "TIEPNHAN1")).getMessageKey());
        PasswordPolicy.check("lan", "Hoa-sen-2026");
    }
}
