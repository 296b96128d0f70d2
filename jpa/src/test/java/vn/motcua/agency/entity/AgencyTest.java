package vn.motcua.agency.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyTest {

    private static final LocalDate SINCE = LocalDate.of(2012, 1, 1);
    private final Agency province = new Agency("000.00.00.H21", "UBND tỉnh Gia Lai", AgencyKind.PROVINCE, null, SINCE);
    private final Agency district = new Agency("000.00.19.H21", "UBND huyện Chư Sê", AgencyKind.DISTRICT, province, SINCE);
    private final Agency commune = new Agency("001.20.19.H21", "UBND xã Ia Blang", AgencyKind.COMMUNE, district, SINCE);

    @Test
    void anAgencyCannotMoveBelowItself() {
        assertThrows(IllegalArgumentException.class, () -> district.moveUnder(commune));
        assertThrows(IllegalArgumentException.class, () -> district.moveUnder(district));
    }

    @Test
    void theTwoTierReformMovesACommuneStraightUnderTheProvince() {
        commune.moveUnder(province);
        assertEquals(province, commune.getParent());
    }

    @Test
    void aMergedAgencyIsRetiredAndPointsAtItsSuccessor() {
        Agency successor = new Agency("002.20.19.H21", "UBND xã Chư Sê", AgencyKind.COMMUNE, province, LocalDate.of(2025, 7, 1));
        commune.mergeInto(successor, LocalDate.of(2025, 6, 30));
        assertEquals(successor, commune.getMergedInto());
        assertTrue(commune.isActiveOn(LocalDate.of(2025, 6, 30)));
        assertFalse(commune.isActiveOn(LocalDate.of(2025, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> successor.mergeInto(successor, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anAgencyCannotRetireBeforeItStarted() {
        assertThrows(IllegalArgumentException.class, () -> commune.retire(LocalDate.of(2011, 12, 31)));
    }
}
