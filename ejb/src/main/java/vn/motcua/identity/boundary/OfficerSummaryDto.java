package vn.motcua.identity.boundary;

import java.time.Instant;
import java.util.List;

/** An account as the administration list shows it. */
public record OfficerSummaryDto(String username, String fullName, String agencyName, List<RoleGrantDto> roles,
                                boolean enabled, Instant lockedUntil, boolean mustChangePassword,
                                Instant lastSignIn) {
}
