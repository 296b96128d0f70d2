package vn.motcua.document.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.shared.boundary.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileNamesTest {

    @Test
    void dropsEveryFolder() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("Tờ khai.pdf", FileNames.sanitise("C:\\Users\\a\\Tờ khai.pdf"));
        assertEquals("scan.pdf", FileNames.sanitise("/home/tiepnhan/..\\scan.pdf"));
    }

    @Test
    void keepsVietnameseLettersComposed() {
        String decomposed = "To\u031B\u0300 khai đa\u0306ng ky\u0301.pdf";
        String name = FileNames.sanitise(decomposed);
        assertEquals("Tờ khai đăng ký.pdf", name);
        assertEquals(19, name.length());
    }

    @Test
    void dropsControlAndInvisibleCharacters() {
        assertEquals("Tờ khai.pdf", FileNames.sanitise("Tờ\u0000 khai\u0007\u200B.pdf"));
        assertEquals("a b.pdf", FileNames.sanitise("a\r\nb.pdf"));
        assertEquals("a b.pdf", FileNames.sanitise("a\t \u00A0 b.pdf"));
        // a right-to-left override would show "hoso\u202Efdp.exe" as "hosoexe.pdf"
        assertEquals("hosofdp.exe", FileNames.sanitise("hoso\u202Efdp.exe"));
    }

    @Test
    void replacesCharactersWindowsForbids() {
        assertEquals("a_b__c_d_e_f_.pdf", FileNames.sanitise("a<b>:c\"d|e?f*.pdf"));
    }

    @Test
    void neitherHidesNorEndsInADot() {
        assertEquals("htaccess", FileNames.sanitise(".htaccess"));
        assertEquals("bien ban.pdf", FileNames.sanitise("  bien ban.pdf. . "));
    }

    @Test
    void neverNamesAWindowsDevice() {
        assertEquals("_CON.pdf", FileNames.sanitise("CON.pdf"));
        assertEquals("_lpt1", FileNames.sanitise("lpt1"));
        assertEquals("CONG VAN.pdf", FileNames.sanitise("CONG VAN.pdf"));
    }

    @Test
    void shortensALongNameKeepingItsExtension() {
        String name = FileNames.sanitise("a".repeat(296) + ".pdf");
        assertEquals(150, name.length());
        assertEquals("a".repeat(146) + ".pdf", name);

        String vietnamese = FileNames.sanitise("Giấy đề nghị ".repeat(23) + ".docx");
        assertEquals("Giấy đề nghị ".repeat(11) + "Gi.docx", vietnamese);
        assertEquals(150, vietnamese.length());
    }

    @Test
    void shortensANameWithoutExtensionAndNeverSplitsACharacter() {
        assertEquals(150, FileNames.sanitise("b".repeat(300)).length());
        String emoji = "\uD83D\uDCC4";
        String name = FileNames.sanitise("x".repeat(145) + emoji.repeat(10) + ".pdf");
        assertEquals("x".repeat(145) + ".pdf", name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "..", "../", "C:\\Users\\a\\", "\u0000\u0001", "\u202E"})
    void refusesANameWithNothingLeft(String original) {
        BusinessException refused = assertThrows(BusinessException.class, () -> FileNames.sanitise(original));
        assertEquals("document.nameInvalid", refused.getMessageKey());
    }

    @Test
    void findsTheExtension() {
        assertEquals("pdf", FileNames.extensionOf("Tờ khai.PDF"));
        assertEquals("jpeg", FileNames.extensionOf("scan.2026.jpeg"));
        assertEquals("", FileNames.extensionOf("passwd"));
        assertEquals("", FileNames.extensionOf("a.verylongextension"));
    }
}
