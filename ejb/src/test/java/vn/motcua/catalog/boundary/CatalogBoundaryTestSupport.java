package vn.motcua.catalog.boundary;

import vn.motcua.catalog.control.ReleaseImport;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads a release file back for comparison, with the fields V4 seeds. */
final class CatalogBoundaryTestSupport {

    private static final Set<String> FIELDS = Set.of("DAT_DAI", "MOI_TRUONG", "AN_TOAN_THUC_PHAM", "DAU_TU_XDCB",
            "HO_KINH_DOANH", "CAP_PHEP_XAY_DUNG", "HO_TICH", "CHUNG_THUC");

    private CatalogBoundaryTestSupport() {
    }

    static ReleaseDto read(byte[] json) {
        ReleaseImport.Checked checked = new ReleaseImport(FIELDS, code -> false).check("a.json", json);
        assertTrue(checked.accepted(), checked.problems()::toString);
        return checked.release();
    }

    static ReleaseDto reread(byte[] xlsx) {
        ReleaseImport.Checked checked = new ReleaseImport(FIELDS, code -> false).check("a.xlsx", xlsx);
        assertTrue(checked.accepted(), checked.problems()::toString);
        return checked.release();
    }
}
