package vn.motcua.catalog.boundary;

import java.io.Serializable;

/** A procedure version in search results; the id is what a dossier keeps. */
public record ProcedureSummaryDto(long id, String releaseCode, String code, String name, String fieldCode,
                                  String fieldName, String agency, String term) implements Serializable {
}
