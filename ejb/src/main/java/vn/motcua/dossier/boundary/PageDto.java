package vn.motcua.dossier.boundary;

import java.util.List;

/** One page of a longer list and how long the whole list is, for lazy tables. */
public record PageDto<T>(List<T> rows, long total) {

    public PageDto {
        rows = List.copyOf(rows);
    }
}
