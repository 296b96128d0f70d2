package vn.motcua.dossier.control;

import vn.motcua.shared.boundary.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The installation's secret key for lookup PINs: from MOTCUA_PIN_KEY (base64, 32 bytes or more) when
 * set, else keys/lookup-pin.key under the data directory, made once on first use. Kept apart from the
 * database, so a database backup alone never reveals a PIN; back it up separately, or PINs on
 * receipts already issued stop working.
 */
public final class PinKey {

    private static volatile byte[] key;

    private PinKey() {
    }

    public static byte[] get() {
        byte[] known = key;
        if (known == null) {
            synchronized (PinKey.class) {
                if (key == null) {
                    key = load();
                }
                known = key;
            }
        }
        return known.clone();
    }

    private static byte[] load() {
        String configured = System.getenv("MOTCUA_PIN_KEY");
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.strip());
        }
        Path file = DataDirectory.resolve("keys", "lookup-pin.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(Files.createFile(file), Base64.getEncoder().encode(fresh));
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (FileAlreadyExistsException raced) {
                    // another node or thread made it first: read theirs
                } catch (UnsupportedOperationException notPosix) {
                    // a file system without POSIX permissions: the data directory's own protection applies
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the lookup PIN key " + file, e);
        }
    }
}
