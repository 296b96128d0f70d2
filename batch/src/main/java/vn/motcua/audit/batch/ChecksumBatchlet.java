package vn.motcua.audit.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes "<sha256>  <name>" to <file>.sha256, the sha256sum format, so a receiver can verify. */
@Named
@Dependent
public class ChecksumBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String file;

    @Override
    public String process() throws IOException, NoSuchAlgorithmException {
        Path path = Path.of(file);
        String sha256 = sha256(path);
        Files.writeString(Path.of(file + ".sha256"), sha256 + "  " + path.getFileName() + "\n", StandardCharsets.UTF_8);
        return "COMPLETED";
    }

    static String sha256(Path path) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
