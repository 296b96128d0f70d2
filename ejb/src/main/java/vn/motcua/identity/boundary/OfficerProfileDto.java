package vn.motcua.identity.boundary;

import vn.motcua.identity.entity.Role;

import java.util.List;
import java.util.Set;

/** What the staff shell shows of the signed-in officer. */
public record OfficerProfileDto(String username, String fullName, String agencyName,
                                Set<Role> roles, List<RoleGrantDto> rolesHeld, boolean mustChangePassword) {
}
