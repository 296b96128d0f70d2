package vn.motcua.statistics.batch;

import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.io.Serializable;

/** One field's II.06a row for one desk, as a chunk carries it from the reader to the writer. */
public record FigureRow(long deskId, Ii06aRowDto row) implements Serializable {
}
