package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One problem found in a catalog file, where a person can find it: in a spreadsheet the sheet, the
 * row (1 = the header row) and the column header; in JSON no sheet, the procedure's position as row
 * (1 = the first procedure, 0 = the release itself) and the path inside it as column, e.g.
 * {@code documents[2].form} (indexes from 0). The message key names a text in the resource bundle.
 */
public record CatalogProblemDto(String sheet, int row, String column, String messageKey, List<String> args)
        implements Serializable {

    public CatalogProblemDto {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
