package vn.motcua.catalog.boundary;

import java.time.Instant;

/** A form of the release in force and, when one was uploaded, its current file. */
public record FormTemplateFileDto(String code, String name, Long storedFileId, String fileName, Instant uploadedAt) {
}
