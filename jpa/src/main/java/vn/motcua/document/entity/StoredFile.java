package vn.motcua.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file kept by the office. The content lives on disk under its SHA-256, so one content may be
 * described by several rows (the same scan filed for two dossiers). Immutable once stored: a
 * changed form or scan is a new file, and what an applicant was given stays provable.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int MAX_NAME_LENGTH = 150;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = MAX_NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DocumentPurpose purpose;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Column(name = "stored_by", nullable = false, length = 60, updatable = false)
    private String storedBy;

    protected StoredFile() {
    }

    /** The name must already be sanitised and the format detected from the content, not from the name. */
    public StoredFile(String sha256, String fileName, FileFormat format, long sizeBytes, DocumentPurpose purpose,
                      Instant storedAt, String storedBy) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("file name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("an empty file is never stored");
        }
        Objects.requireNonNull(format);
        if (!Objects.requireNonNull(purpose).allows(format)) {
            throw new IllegalArgumentException(format + " is not accepted as " + purpose);
        }
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = format.mediaType();
        this.sizeBytes = sizeBytes;
        this.purpose = purpose;
        this.storedAt = Objects.requireNonNull(storedAt);
        this.storedBy = Objects.requireNonNull(storedBy);
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public String getStoredBy() {
        return storedBy;
    }
}
