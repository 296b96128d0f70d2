package vn.motcua.statistics.boundary;

import java.io.Serializable;

/** An agency a reader may report on: its id, code and name, indented by its depth below their roots. */
public record AgencyChoiceDto(long id, String code, String name, int depth) implements Serializable {
}
