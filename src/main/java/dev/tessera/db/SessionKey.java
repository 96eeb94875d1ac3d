package dev.tessera.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The key that encrypts browser-session cookies. {@code TESSERA_SESSION_KEY} when set (the
 * same value on every instance behind one address); otherwise one generated once and kept in
 * the data folder, so that sign-ins survive a restart and no temporary key is ever logged.
 */
final class SessionKey {

    private static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private SessionKey() {
    }

    static void ensure(Path dataDir) {
        if (EmbeddedDatabase.setting(PROPERTY, "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").isPresent()
                || EmbeddedDatabase.setting("tessera.session-key", "TESSERA_SESSION_KEY").isPresent()) {
            return; // application.properties maps TESSERA_SESSION_KEY
        }
        try {
            System.setProperty(PROPERTY, SecretFile.readOrCreate(dataDir.resolve("session.key"), 32));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the session key in " + dataDir, e);
        }
    }
}
