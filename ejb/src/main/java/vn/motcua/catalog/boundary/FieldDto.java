package vn.motcua.catalog.boundary;

import java.io.Serializable;

/** A field (lĩnh vực) by code and Vietnamese name. */
public record FieldDto(String code, String name) implements Serializable {
}
