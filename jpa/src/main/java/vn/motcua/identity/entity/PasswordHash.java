package vn.motcua.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A bcrypt password as the Elytron realm reads it: hash, salt and cost, each in its own column,
 * base64-encoded. The plain password never reaches the entity.
 */
@Embeddable
public class PasswordHash {

    @Column(name = "password_hash", nullable = false, length = 100)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 100)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected PasswordHash() {
    }

    public PasswordHash(String hash, String salt, int iterations) {
        this.hash = Objects.requireNonNull(hash);
        this.salt = Objects.requireNonNull(salt);
        if (iterations < 10) {
            throw new IllegalArgumentException("bcrypt cost below 10 is too weak");
        }
        this.iterations = iterations;
    }

    public String hash() {
        return hash;
    }

    public String salt() {
        return salt;
    }

    public int iterations() {
        return iterations;
    }
}
