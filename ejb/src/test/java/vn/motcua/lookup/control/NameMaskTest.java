package vn.motcua.lookup.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameMaskTest {

    @Test
    void keepsTheFirstWordAndTheInitialsOfTheOthers() {
        assertEquals("Nguyễn T** Á** T****", NameMask.mask("Nguyễn Thị Ánh Tuyết"));
        assertEquals("Siu H****", NameMask.mask("  Siu   H'Bia "));
        assertEquals("Hộ k*** d**** Q*** c** G** L**", NameMask.mask("Hộ kinh doanh Quán cơm Gia Lai"));
    }

    @Test
    void aSingleWordOrNothingStaysAsItIs() {
        assertEquals("Tài", NameMask.mask("Tài"));
        assertEquals("", NameMask.mask(null));
        assertEquals("", NameMask.mask("  "));
    }
}
