package vn.motcua.document.boundary;

import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.document.entity.StoredFile;

import java.time.Instant;

/** A kept file as callers see it; the media type is the one detected from the content. */
public record StoredFileDto(long id, String sha256, String fileName, String mediaType, long sizeBytes,
                            DocumentPurpose purpose, Instant storedAt, String storedBy) {

    static StoredFileDto of(StoredFile file) {
        return new StoredFileDto(file.getId(), file.getSha256(), file.getFileName(), file.getMediaType(),
                file.getSizeBytes(), file.getPurpose(), file.getStoredAt(), file.getStoredBy());
    }
}
