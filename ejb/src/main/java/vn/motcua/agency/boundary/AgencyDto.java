package vn.motcua.agency.boundary;

import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;

import java.time.LocalDate;

/** An agency as screens and reports show it. */
public record AgencyDto(String code, String name, AgencyKind kind, String parentCode, String address,
                        LocalDate activeFrom, LocalDate activeUntil, long version) {

    public static AgencyDto of(Agency agency) {
        return new AgencyDto(agency.getCode(), agency.getName(), agency.getKind(),
                agency.getParent() == null ? null : agency.getParent().getCode(), agency.getAddress(),
                agency.getActiveFrom(), agency.getActiveUntil(), agency.getVersion());
    }
}
