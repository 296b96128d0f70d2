package vn.motcua.document.control;

import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.document.entity.FileFormat;
import vn.motcua.shared.boundary.BusinessException;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks an upload by what it contains, not by what it is called: the content must be of a format the
 * purpose accepts, the name's extension must agree with it, and it must be neither empty nor larger
 * than the purpose's limit. The content is streamed to a temporary file while its SHA-256 is computed,
 * so no more than a buffer is ever held in memory.
 */
public class ContentInspector {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path workDirectory;
    private final UploadLimits limits;
    private final ContentDetector detector = new ContentDetector();

    /** @param workDirectory where uploads wait; on the store's file system so that keeping one is a rename */
    public ContentInspector(Path workDirectory, UploadLimits limits) {
        this.workDirectory = Objects.requireNonNull(workDirectory);
        this.limits = Objects.requireNonNull(limits);
    }

    /** Does not close the caller's stream. */
    public InspectedUpload inspect(InputStream content, String originalName, DocumentPurpose purpose) {
        Objects.requireNonNull(content);
        Objects.requireNonNull(purpose);
        String fileName = FileNames.sanitise(originalName);
        Path temporary = createTemporaryFile();
        try {
            MessageDigest sha256 = sha256();
            long size = copy(new DigestInputStream(content, sha256), temporary, limits.maxBytes(purpose));
            if (size == 0) {
                throw new BusinessException("document.empty");
            }
            FileFormat format = FileFormat.ofMediaType(detector.detect(temporary))
                    .filter(purpose::allows)
                    .orElseThrow(() -> new BusinessException("document.typeNotAllowed", formatsOf(purpose)));
            if (!format.extensions().contains(FileNames.extensionOf(fileName))) {
                throw new BusinessException("document.extensionMismatch", format.name(), extensionsOf(format));
            }
            return new InspectedUpload(temporary, HexFormat.of().formatHex(sha256.digest()), size, format, fileName, purpose);
        } catch (IOException e) {
            throw discard(temporary, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw discard(temporary, e);
        }
    }

    /** Copies at most limit bytes, then refuses; forces them to disk before a row may point to them. */
    private static long copy(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileOutputStream out = new FileOutputStream(target.toFile())) {
            for (int n = readFromUploader(in, buffer); n != -1; n = readFromUploader(in, buffer)) {
                size += n;
                if (size > limit) {
                    throw new BusinessException("document.tooLarge", UploadLimits.describe(limit));
                }
                out.write(buffer, 0, n);
            }
            out.getChannel().force(true);
        }
        return size;
    }

    /** A broken upload is the uploader's to retry, not a fault of the server. */
    private static int readFromUploader(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            BusinessException interrupted = new BusinessException("document.uploadInterrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    private Path createTemporaryFile() {
        try {
            Files.createDirectories(workDirectory);
            return Files.createTempFile(workDirectory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException discard(Path temporary, RuntimeException cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
        return cause;
    }

    private static String formatsOf(DocumentPurpose purpose) {
        return purpose.formats().stream().map(FileFormat::name).collect(Collectors.joining(", "));
    }

    private static String extensionsOf(FileFormat format) {
        return format.extensions().stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
