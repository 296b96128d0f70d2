package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.CatalogProblemDto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a file instead of stopping at the first, because the province fixes a
 * file in one pass. Problems are raised against a procedure and a path inside it; the locator of the
 * file's format turns that into a sheet, row and column. One problem per spot is enough.
 */
public final class ProblemLog {

    /** The procedure index that stands for the release itself. */
    public static final int RELEASE = -1;

    /** Where a path of a procedure is in the file read. */
    public interface Locator {
        CatalogProblemDto locate(int procedure, String path, String messageKey, List<String> args);

        /** The row a person sees a procedure at. */
        int rowOf(int procedure);
    }

    private final Locator locator;
    private final List<CatalogProblemDto> problems = new ArrayList<>();
    private final Set<String> spots = new HashSet<>();

    public ProblemLog(Locator locator) {
        this.locator = locator;
    }

    public void add(int procedure, String path, String messageKey, Object... args) {
        if (spots.add(procedure + "|" + path)) {
            problems.add(locator.locate(procedure, path, messageKey, strings(args)));
        }
    }

    /** A problem outside any procedure, at a place the reader knows itself. */
    public void addAt(String sheet, int row, String column, String messageKey, Object... args) {
        problems.add(new CatalogProblemDto(sheet, row, column, messageKey, strings(args)));
    }

    public boolean has(int procedure, String path) {
        return spots.contains(procedure + "|" + path);
    }

    public int rowOf(int procedure) {
        return locator.rowOf(procedure);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<CatalogProblemDto> problems() {
        return List.copyOf(problems);
    }

    static List<String> strings(Object... args) {
        return Arrays.stream(args).map(ProblemLog::string).toList();
    }

    private static String string(Object arg) {
        if (arg == null) {
            return "";
        }
        return arg instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : arg.toString();
    }
}
