package vn.motcua.catalog.boundary;

import java.io.Serializable;

/** A procedure version in full, with the id a dossier keeps and the release it belongs to. */
public record ProcedureVersionDto(long id, String releaseCode, ProcedureDto procedure) implements Serializable {
}
