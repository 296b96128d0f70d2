package vn.motcua.dossier.boundary;

import java.util.Objects;

/** A file an officer attaches to an action; stored, after its content is checked, in the action's transaction. */
public record FileUploadDto(String fileName, byte[] content) {

    public FileUploadDto {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
