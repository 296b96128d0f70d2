package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.ReleaseDto;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a release file and validates it: all or nothing, with every problem found. */
public final class ReleaseImport {

    /** The release when the file is acceptable, else null and the problems. */
    public record Checked(ReleaseDto release, List<CatalogProblemDto> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final ReleaseValidator validator;

    public ReleaseImport(Set<String> knownFields, Predicate<String> releaseCodeTaken) {
        this.validator = new ReleaseValidator(knownFields, releaseCodeTaken);
    }

    public Checked check(String fileName, byte[] content) {
        ReleaseReading reading = ReleaseFiles.read(fileName, content);
        if (reading.readable()) {
            validator.validate(reading.release(), reading.problems());
        }
        List<CatalogProblemDto> problems = reading.problems().problems();
        return new Checked(problems.isEmpty() ? reading.release() : null, problems);
    }
}
