package vn.motcua.agency.boundary;

import vn.motcua.agency.entity.AgencyKind;

import java.time.LocalDate;

/** An agency as screens and reports show it. */
public record AgencyDto(String code, String name, AgencyKind kind, String parentCode, String address,
                        LocalDate activeFrom, LocalDate activeUntil) {
}
