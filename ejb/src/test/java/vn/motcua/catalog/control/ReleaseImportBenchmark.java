package vn.motcua.catalog.control;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.CatalogFileFormat;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDiffDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.entity.TermUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provincial release of 2,000 procedures imported (parse + validate) and compared with a previous
 * release of 1,900 (catalog issue: goal < 10 s on 2 cores). The previous release is taken as already
 * loaded; the files are generated from the demo procedures before the clock starts. Not part of the
 * build (the class name is no test name); run it with
 * {@code mvn -q -o -pl jpa,ejb -am test -Dtest=ReleaseImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class ReleaseImportBenchmark {

    private static final double GOAL_SECONDS = 10;

    public static void main(String[] args) {
        List<ProcedureDto> templates = CatalogFixtures.demo().procedures();
        ReleaseDto previous = release("GL-2024", templates, 0, 1900, false);
        ReleaseDto next = release("GL-2025", templates, 50, 2050, true);
        long revised = next.procedures().stream().filter(p -> previous.procedures().stream().anyMatch(
                q -> q.code().equals(p.code()) && !q.term().equals(p.term()))).count();
        for (CatalogFileFormat format : CatalogFileFormat.values()) {
            byte[] file = ReleaseFiles.write(next, format);
            for (String run : List.of("first run", "second run")) {
                long start = System.nanoTime();
                ReleaseImport.Checked checked = CatalogFixtures.check("province." + format.name().toLowerCase(), file);
                ReleaseDiffDto diff = ReleaseDiff.between(previous, checked.release());
                double seconds = (System.nanoTime() - start) / 1e9;
                assertTrue(checked.accepted(), () -> checked.problems().subList(0, 5).toString());
                assertEquals(150, diff.added().size());
                assertEquals(50, diff.withdrawn().size());
                assertEquals(revised, diff.changed().size());
                report(String.format("%s %,d bytes, %s: import + diff of 2000 procedures: %.2f s (goal < %.0f s)",
                        format, file.length, run, seconds, GOAL_SECONDS));
            }
        }
    }

    @Test
    void importAndDiffAProvincialRelease() {
        main(new String[0]);
    }

    /** Procedures number {@code from} to {@code to - 1}; every 20th has a longer term when {@code revised}. */
    private static ReleaseDto release(String code, List<ProcedureDto> templates, int from, int to, boolean revised) {
        List<ProcedureDto> procedures = new ArrayList<>();
        for (int n = from; n < to; n++) {
            ProcedureDto t = templates.get(n % templates.size());
            StatutoryTermDto term = revised && n % 20 == 0 && t.term().unit() == TermUnit.WORKING_DAYS
                    ? new StatutoryTermDto(TermUnit.WORKING_DAYS, t.term().amount().add(BigDecimal.ONE), null)
                    : t.term();
            procedures.add(new ProcedureDto(String.format("2.%06d.H21", n), t.name() + " (" + n + ")", t.field(),
                    t.onlineLevel(), t.agency(), t.applicants(), t.steps(), t.conditions(), t.legalBasis(), t.result(),
                    term, t.fee(), t.channels(), t.forms(), t.documents(), t.workflow()));
        }
        return new ReleaseDto(code, "Bộ thủ tục hành chính tỉnh Gia Lai " + code, "1/QĐ-UBND",
                LocalDate.of(2025, 1, 2), procedures);
    }

    static void report(String line) {
        System.out.println(line);
    }
}
