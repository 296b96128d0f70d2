package vn.motcua.identity.boundary;

import vn.motcua.identity.entity.Role;
import vn.motcua.identity.entity.RoleAssignment;

/** One role an officer holds in one agency. */
public record RoleGrantDto(Role role, String agencyCode, String agencyName) {

    static RoleGrantDto of(RoleAssignment assignment) {
        return new RoleGrantDto(assignment.getRole(), assignment.getAgency().getCode(), assignment.getAgency().getName());
    }
}
