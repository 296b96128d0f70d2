package vn.motcua.reference.boundary;

/** A reference list's code and Vietnamese name. */
public record ReferenceListDto(String code, String name) {
}
