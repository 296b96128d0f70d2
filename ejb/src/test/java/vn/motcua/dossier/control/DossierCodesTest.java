package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DossierCodesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void circular01Of2018() {
        DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);
        assertEquals("000.01.19.H21-260302-0001", codes.format("000.01.19.H21", DAY, null, 1).value());
        assertEquals(new DossierCodes.Parts("000.01.19.H21", DAY, null, 37),
                codes.parse("000.01.19.H21-260302-0037"));
    }

    @Test
    void circular04Of2025WithASeries() {
        DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_04_2025);
        assertEquals("H21.39-260302-010042", codes.format("H21.39", DAY, "01", 42).value());
        assertEquals(new DossierCodes.Parts("H21.39", DAY, "01", 42), codes.parse("H21.39-260302-010042"));
        assertThrows(IllegalArgumentException.class, () -> codes.format("H21.39", DAY, null, 1));
    }

    @Test
    void malformedCodesAndExhaustedDaysAreRefused() {
        DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);
        for (String bad : new String[] {"000.01.19.H21-260302-001", "000.01.19.H21-261302-0001", "x", null}) {
            assertEquals("dossier.code.invalid", assertThrows(DossierException.class, () -> codes.parse(bad))
                    .getMessageKey(), bad);
        }
        assertEquals("dossier.code.numberExhausted", assertThrows(DossierException.class,
                () -> codes.format("000.01.19.H21", DAY, null, 10_000)).getMessageKey());
        assertThrows(IllegalArgumentException.class, () -> new DossierCodes("{agency}-{seq:4}"));
    }
}
