package vn.motcua.identity.entity;

import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficerTest {

    private static final Instant NOON = Instant.parse("2026-03-02T05:00:00Z");
    private final Agency desk = new Agency("H38.01", "Bộ phận Một cửa", AgencyKind.ONE_STOP_DESK, null, LocalDate.of(2020, 1, 1));
    private final Agency lands = new Agency("H38.02", "Phòng Tài nguyên và Môi trường", AgencyKind.DEPARTMENT, null, LocalDate.of(2020, 1, 1));

    private Officer officer() {
        return new Officer("tiepnhan", "Nguyễn Thị Lan", desk, new PasswordHash("h", "s", 10));
    }

    @Test
    void locksAfterTheConfiguredNumberOfWrongPasswordsInARow() {
        Officer officer = officer();
        for (int i = 0; i < 4; i++) {
            officer.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        }
        assertTrue(officer.canSignInAt(NOON));
        officer.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        assertFalse(officer.canSignInAt(NOON.plusSeconds(60)));
        assertTrue(officer.canSignInAt(NOON.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        Officer officer = officer();
        for (int i = 0; i < 4; i++) {
            officer.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        }
        officer.recordSignIn(NOON);
        officer.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        assertEquals(1, officer.getFailedAttempts());
        assertTrue(officer.canSignInAt(NOON));
    }

    @Test
    void anExpiredLockStartsANewCount() {
        Officer officer = officer();
        for (int i = 0; i < 5; i++) {
            officer.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        }
        officer.recordFailedSignIn(NOON.plus(Duration.ofHours(1)), 5, Duration.ofMinutes(15));
        assertEquals(1, officer.getFailedAttempts());
        assertTrue(officer.canSignInAt(NOON.plus(Duration.ofHours(1))));
    }

    @Test
    void rolesAreHeldPerAgency() {
        Officer officer = officer();
        officer.grant(Role.RECEPTION, desk);
        officer.grant(Role.RECEPTION, desk);
        assertTrue(officer.holds(Role.RECEPTION, desk));
        assertFalse(officer.holds(Role.RECEPTION, lands));
        assertEquals(1, officer.getRoleAssignments().size());
        officer.revoke(Role.RECEPTION, desk);
        assertTrue(officer.roles().isEmpty());
    }

    @Test
    void disabledOfficersCannotSignInAndResetForcesAChange() {
        Officer officer = officer();
        officer.disable();
        assertFalse(officer.canSignInAt(NOON));
        officer.enable();
        officer.resetPassword(new PasswordHash("h2", "s2", 10));
        assertTrue(officer.isMustChangePassword());
        officer.changePassword(new PasswordHash("h3", "s3", 10));
        assertFalse(officer.isMustChangePassword());
    }

    @Test
    void rejectsUsernamesThatTheRealmCouldNotMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> new Officer("Tiếp Nhận", "X", desk, new PasswordHash("h", "s", 10)));
    }
}
