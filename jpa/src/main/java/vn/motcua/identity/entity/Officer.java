package vn.motcua.identity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.agency.entity.Agency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A staff user. Officers are disabled, never deleted, because dossiers and audit events name them.
 * The Elytron realm reads the password and role columns directly (wildfly-config/configure.cli).
 */
@Entity
@Table(name = "officer")
@NamedQuery(name = "Officer.findByUsername", query = "SELECT o FROM Officer o WHERE o.username = :username")
@NamedQuery(name = "Officer.fullNameOf", query = "SELECT o.fullName FROM Officer o WHERE o.username = :username")
public class Officer {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    @Id
    @SequenceGenerator(name = "officer_seq", sequenceName = "officer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Embedded
    private PasswordHash password;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @OneToMany(mappedBy = "officer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    @Version
    private long version;

    protected Officer() {
    }

    public Officer(String username, String fullName, Agency agency, PasswordHash password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 3-60 lowercase letters, digits, . _ -");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("full name is required");
        }
        this.username = username;
        this.fullName = fullName.strip();
        this.agency = Objects.requireNonNull(agency);
        this.password = Objects.requireNonNull(password);
    }

    public void grant(Role role, Agency where) {
        if (roles.stream().noneMatch(r -> r.grants(role, where))) {
            roles.add(new RoleAssignment(this, where, role));
        }
    }

    public void revoke(Role role, Agency where) {
        roles.removeIf(r -> r.grants(role, where));
    }

    public boolean holds(Role role, Agency where) {
        return roles.stream().anyMatch(r -> r.grants(role, where));
    }

    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(r -> held.add(r.getRole()));
        return held;
    }

    public List<RoleAssignment> getRoleAssignments() {
        return Collections.unmodifiableList(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean canSignInAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    /**
     * Counts a wrong password; the configured number in a row locks the account for a while,
     * which stops password guessing at the staff login.
     */
    public void recordFailedSignIn(Instant now, int maxAttempts, Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void recordSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** An administrator's reset: the officer must choose a new password at the next sign-in. */
    public void resetPassword(PasswordHash temporary) {
        this.password = Objects.requireNonNull(temporary);
        this.mustChangePassword = true;
        unlock();
    }

    /** A password someone else chose (a new account's first password) must be replaced at sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void changePassword(PasswordHash chosen) {
        this.password = Objects.requireNonNull(chosen);
        this.mustChangePassword = false;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void contactAt(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Agency getAgency() {
        return agency;
    }

    public PasswordHash getPassword() {
        return password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Officer officer && username.equals(officer.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
