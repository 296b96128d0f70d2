package vn.motcua.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps contents on disk named by their SHA-256, as {@code <root>/ab/cd/abcd…}: the same content is
 * kept once however often it is filed, a name can never point to another content, and two levels of
 * 256 folders keep each folder small. Uploads wait in {@code <root>/incoming}, on the same file system,
 * so that keeping one is an atomic rename and a reader never sees half a file.
 */
public class ContentAddressedFiles {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ContentAddressedFiles(Path root) {
        this.root = Objects.requireNonNull(root);
    }

    public Path incoming() {
        return root.resolve("incoming");
    }

    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Moves the upload into place unless the same content is already there. Either way the content at
     * {@link #pathOf} is complete afterwards; an upload left in the incoming folder is the caller's to close.
     */
    public Path keep(InspectedUpload upload) {
        Path target = pathOf(upload.sha256());
        try {
            if (Files.isRegularFile(target) && Files.size(target) == upload.sizeBytes()) {
                return target;
            }
            Files.createDirectories(target.getParent());
            readOnly(upload.content());
            // two uploads of the same content may race here; either rename leaves the same bytes in place
            Files.move(upload.content(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("content " + sha256 + " is described but missing from " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored files never change; on POSIX file systems the server's own account may not change them either. */
    private static void readOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("r--------"));
        }
    }
}
