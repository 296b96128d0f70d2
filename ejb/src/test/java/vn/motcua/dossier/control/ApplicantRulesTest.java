package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.dossier.entity.Applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplicantRulesTest {

    private final ApplicantRules rules = new ApplicantRules();

    private static void refused(String key, Executable check) {
        assertEquals(key, assertThrows(DossierException.class, check).getMessageKey());
    }

    @Test
    void citizenIdIsTwelveDigits() {
        assertEquals("001203004567", rules.idNumber(Applicant.IdKind.CITIZEN_ID, " 001203004567 "));
        refused("applicant.citizenId.invalid", () -> rules.citizenId("00120300456"));
        refused("applicant.citizenId.invalid", () -> rules.citizenId("0012030045678"));
        refused("applicant.citizenId.invalid", () -> rules.citizenId("00120300456A"));
    }

    @Test
    void taxCodeIsTenOrThirteenDigits() {
        assertEquals("0101234567", rules.taxCode("0101234567"));
        assertEquals("0101234567-001", rules.taxCode("0101234567001"));
        assertEquals("0101234567-001", rules.idNumber(Applicant.IdKind.TAX_CODE, "0101234567-001"));
        refused("applicant.taxCode.invalid", () -> rules.taxCode("010123456"));
        refused("applicant.taxCode.invalid", () -> rules.taxCode("01012345670011"));
    }

    @Test
    void mobilePhones() {
        assertEquals("0912345678", rules.phone("091 234 5678"));
        assertEquals("0387654321", rules.phone("+84 387 654 321"));
        assertNull(rules.phone(" "));
        refused("applicant.phone.invalid", () -> rules.phone("0212345678"));
        refused("applicant.phone.invalid", () -> rules.phone("091234567"));
    }

    @Test
    void emailShape() {
        assertEquals("an.nguyen@hanoi.gov.vn", rules.email(" An.Nguyen@HaNoi.gov.vn "));
        refused("applicant.email.invalid", () -> rules.email("an.nguyen@"));
        refused("applicant.email.invalid", () -> rules.email("<a>@x.vn"));
    }

    @Test
    void namesWithoutMarkupOrControlCharacters() {
        assertEquals("Nguyễn Thị Bích Ngọc", rules.name("  Nguyễn  Thị Bích Ngọc "));
        assertEquals("Công ty TNHH Xây dựng Hòa Bình", rules.name("Công ty TNHH Xây dựng Hòa Bình"));
        refused("applicant.name.required", () -> rules.name(" "));
        refused("applicant.name.invalidCharacters", () -> rules.name("<script>alert(1)</script>"));
        refused("applicant.name.invalidCharacters", () -> rules.name("An\u0000"));
        refused("applicant.name.invalidCharacters", () -> rules.name("javascript:alert(1)"));
        refused("applicant.name.tooLong", () -> rules.name("A".repeat(201)));
        refused("applicant.address.tooLong", () -> rules.address("Số 1 ".repeat(101)));
        assertNull(rules.address(null));
    }
}
