package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDiffDto;
import vn.motcua.catalog.boundary.ReleaseDto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a new release with the one in force, by procedure code, so the administrator sees what
 * publishing it would change before anyone receives a dossier under it.
 */
public final class ReleaseDiff {

    private ReleaseDiff() {
    }

    /** @param inForce the release in force, or null when there is none yet */
    public static ReleaseDiffDto between(ReleaseDto inForce, ReleaseDto candidate) {
        Map<String, ProcedureDto> before = byCode(inForce == null ? List.of() : inForce.procedures());
        Map<String, ProcedureDto> after = byCode(candidate.procedures());
        List<ReleaseDiffDto.ProcedureRef> added = new ArrayList<>();
        List<ReleaseDiffDto.ProcedureRef> withdrawn = new ArrayList<>();
        List<ReleaseDiffDto.Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (ProcedureDto now : after.values()) {
            ProcedureDto then = before.get(now.code());
            if (then == null) {
                added.add(new ReleaseDiffDto.ProcedureRef(now.code(), now.name()));
            } else {
                List<ReleaseDiffDto.FieldChange> changes = then.equals(now) ? List.of()
                        : ProcedureComparison.changes(then, now);
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new ReleaseDiffDto.Change(now.code(), now.name(), changes));
                }
            }
        }
        for (ProcedureDto then : before.values()) {
            if (!after.containsKey(then.code())) {
                withdrawn.add(new ReleaseDiffDto.ProcedureRef(then.code(), then.name()));
            }
        }
        return new ReleaseDiffDto(inForce == null ? null : inForce.code(), candidate.code(), added, withdrawn, changed,
                unchanged);
    }

    private static Map<String, ProcedureDto> byCode(List<ProcedureDto> procedures) {
        return procedures.stream().collect(Collectors.toMap(ProcedureDto::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
