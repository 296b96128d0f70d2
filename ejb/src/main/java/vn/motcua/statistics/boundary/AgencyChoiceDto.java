package vn.motcua.statistics.boundary;

import java.io.Serializable;

/** An agency a reader may report on: its id, code and name, indented by its depth below their roots. */
public record AgencyChoiceDto(long id, String code, String name, int depth) implements Serializable {

    /** The name after a dash for each level below the first, as a drop-down shows the tree. */
    public String indentedName() {
        return "– ".repeat(depth) + name;
    }
}
