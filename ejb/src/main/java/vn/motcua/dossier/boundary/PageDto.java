package vn.motcua.dossier.boundary;

import java.util.List;

/**
 * One page of a longer list and how long the whole list is, for lazy tables. A search that stops
 * counting at a cap sets {@code moreThanTotal}: the list has more than {@code total} rows.
 */
public record PageDto<T>(List<T> rows, long total, boolean moreThanTotal) {

    public PageDto {
        rows = List.copyOf(rows);
    }

    public PageDto(List<T> rows, long total) {
        this(rows, total, false);
    }
}
