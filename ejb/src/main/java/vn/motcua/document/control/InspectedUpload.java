package vn.motcua.document.control;

import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.document.entity.FileFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An upload that passed inspection, waiting in a temporary file to be kept. Closing it removes the
 * temporary file if it was not moved into the store.
 */
public record InspectedUpload(Path content, String sha256, long sizeBytes, FileFormat format, String fileName,
                              DocumentPurpose purpose) implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InspectedUpload.class.getName());

    /** A leftover in the incoming folder costs only disk space, so it must not undo a file already kept. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(content);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove the upload " + content + "; it may be deleted by hand");
        }
    }
}
