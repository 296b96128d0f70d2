package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a new release changes against the release in force (none when it is the first): procedures
 * added, withdrawn and changed, field by field, and how many stay as they were.
 */
public record ReleaseDiffDto(String baseRelease, String newRelease, List<ProcedureRef> added,
                             List<ProcedureRef> withdrawn, List<Change> changed, int unchanged)
        implements Serializable {

    public ReleaseDiffDto {
        added = List.copyOf(added);
        withdrawn = List.copyOf(withdrawn);
        changed = List.copyOf(changed);
    }

    public record ProcedureRef(String code, String name) implements Serializable {
    }

    /** A procedure present in both releases whose content differs. */
    public record Change(String code, String name, List<FieldChange> changes) implements Serializable {

        public Change {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One difference: the path of what changed (e.g. {@code term}, {@code documents[1].copies},
     * {@code workflow[2].days}; indexes from 0) and the value before and after, as a person reads them.
     * A document or step only in one release has no value on the other side.
     */
    public record FieldChange(String path, String before, String after) implements Serializable {
    }
}
