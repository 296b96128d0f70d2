package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The answer to an import: either the problems (and nothing was stored) or the code of the new draft
 * release with what it would change.
 */
public record ImportOutcomeDto(String releaseCode, int procedureCount, List<CatalogProblemDto> problems,
                               ReleaseDiffDto diff) implements Serializable {

    public ImportOutcomeDto {
        problems = List.copyOf(problems);
    }

    public static ImportOutcomeDto rejected(List<CatalogProblemDto> problems) {
        return new ImportOutcomeDto(null, 0, problems, null);
    }

    public static ImportOutcomeDto accepted(String releaseCode, int procedureCount, ReleaseDiffDto diff) {
        return new ImportOutcomeDto(releaseCode, procedureCount, List.of(), diff);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
