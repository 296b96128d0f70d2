package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.ReleaseDto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files and field codes the catalog tests share. */
final class CatalogFixtures {

    /** The fields V4 seeds. */
    static final Set<String> FIELDS = Set.of("DAT_DAI", "MOI_TRUONG", "AN_TOAN_THUC_PHAM", "DAU_TU_XDCB",
            "HO_KINH_DOANH", "CAP_PHEP_XAY_DUNG", "HO_TICH", "CHUNG_THUC");

    private CatalogFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReleaseImport.Checked check(String fileName, byte[] content) {
        return new ReleaseImport(FIELDS, code -> false).check(fileName, content);
    }

    static ReleaseDto demo() {
        ReleaseImport.Checked checked = check("demo-release.json", resource("demo-release.json"));
        assertTrue(checked.accepted(), () -> "demo release has problems: " + checked.problems());
        return checked.release();
    }

    static byte[] json(ReleaseDto release) {
        return new JsonReleaseWriter().write(release);
    }

    static boolean hasProblem(List<CatalogProblemDto> problems, String messageKey, int row, String column) {
        return problems.stream().anyMatch(p -> p.messageKey().equals(messageKey) && p.row() == row
                && p.column().equals(column));
    }
}
