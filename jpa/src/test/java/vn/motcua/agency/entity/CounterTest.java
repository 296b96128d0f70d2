package vn.motcua.agency.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterTest {

    private final Agency desk = new Agency("000.01.19.H21", "Bộ phận một cửa", AgencyKind.ONE_STOP_DESK, null, LocalDate.of(2012, 1, 1));

    @Test
    void aCounterServesItsFieldsWhileOpen() {
        Counter counter = new Counter(desk, 2, "Quầy 2 – Đất đai", List.of("DAT_DAI"));
        assertTrue(counter.serves("DAT_DAI"));
        assertFalse(counter.serves("HO_TICH"));
        counter.close();
        assertFalse(counter.serves("DAT_DAI"));
    }

    @Test
    void countersBelongToADeskAndServeSomething() {
        Agency department = new Agency("000.04.19.H21", "Phòng Tư pháp", AgencyKind.DEPARTMENT, null, LocalDate.of(2012, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Counter(department, 1, "Quầy", List.of("HO_TICH")));
        assertThrows(IllegalArgumentException.class, () -> new Counter(desk, 1, "Quầy", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Counter(desk, 0, "Quầy", List.of("HO_TICH")));
    }
}
