package vn.motcua.identity.boundary;

import vn.motcua.identity.entity.Role;

/** What an administrator enters to open an account; the officer must change the temporary password. */
public record NewOfficerDto(String username, String fullName, String email, String agencyCode, Role role,
                            String temporaryPassword) {
}
