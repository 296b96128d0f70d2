package vn.motcua.lookup.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LookupBackingTest {

    @Test
    void aScannedReceiptLinkGivesItsCode() {
        assertEquals("000.01.19.H21-261127-0001",
                LookupBacking.scanned("http://motcua.gialai.gov.vn/motcua/lookup?code=000.01.19.H21-261127-0001"));
        assertEquals("000.01.19.H21-261127-0001", LookupBacking.scanned("https://x/lookup?lang=en&code=000.01.19.H21-261127-0001&kiosk=1"));
    }

    @Test
    void aTypedCodeIsLeftAsItIs() {
        assertEquals(" 000.01.19.H21-261127-0001", LookupBacking.scanned(" 000.01.19.H21-261127-0001"));
        assertNull(LookupBacking.scanned(null));
    }
}
