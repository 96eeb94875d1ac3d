package dev.tessera.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret kept in a file of the data folder that only the owner may read (mode 0600
 * from the moment it exists): made once, read at every later start. The session-cookie key
 * and the embedded database's password live in such files.
 */
final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The secret in {@code file}, made of {@code bytes} random bytes (base64url) when the file is new. */
    static String readOrCreate(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use theirs
            }
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); // files of older versions too
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }
}
