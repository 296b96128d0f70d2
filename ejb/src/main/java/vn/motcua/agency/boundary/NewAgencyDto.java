package vn.motcua.agency.boundary;

import vn.motcua.agency.entity.AgencyKind;

import java.time.LocalDate;

/** What an administrator enters to add an agency below one they administer. */
public record NewAgencyDto(String parentCode, String code, String name, AgencyKind kind, String address,
                           LocalDate activeFrom) {
}
