package dev.tessera.db;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Tessera's embedded PostgreSQL: a real PostgreSQL 17 whose data lives in
 * {@code TESSERA_DATA_DIR} (default {@code ./data}) and survives restarts.
 *
 * <p>Unlike a test database it runs with {@code fsync} and {@code synchronous_commit} on: a
 * crash must not lose committed work. It is locked like a server: it listens on loopback only,
 * and every connection (TCP or Unix socket) needs the password kept in the data folder
 * ({@code postgres.password}, mode 0600, made once), checked with {@code scram-sha-256}.
 * zonky creates a cluster that trusts every local connection; a new folder, or one made before
 * this lock-down, gets the password and Tessera's {@code pg_hba.conf} on its first start
 * (PostgreSQL reloads it at once), every later start begins locked.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String USER = "postgres";
    /** First line of Tessera's pg_hba.conf: a folder whose file starts with it is locked already. */
    static final String HBA_MARKER = "# Tessera: every connection needs the password (scram-sha-256)";
    private static final String HBA = HBA_MARKER + "\n"
            + "local   all  all                 scram-sha-256\n"
            + "host    all  all  127.0.0.1/32   scram-sha-256\n"
            + "host    all  all  ::1/128        scram-sha-256\n";

    /** A started database: the handle that stops it, and how to connect. */
    public record Running(EmbeddedPostgres postgres, String jdbcUrl, String password) {
    }

    private EmbeddedDatabase() {
    }

    /** Starts the embedded database and points Quarkus at it, unless a datasource URL is configured. */
    public static void startIfNoDatasourceConfigured(Path dataDir) {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
            LOG.info("Using the configured external PostgreSQL; no embedded database started");
            return;
        }
        Running db = start(dataDir, Integer.parseInt(setting("tessera.db.port", "TESSERA_DB_PORT").orElse("0")), false);
        stopAfterTheApplication(db.postgres());
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", db.password());
        LOG.infof("Embedded PostgreSQL ready at %s (data in %s)", db.jdbcUrl(), dataDir.resolve("postgres"));
    }

    /**
     * Stops the database when the JVM exits, but only once the application has stopped. zonky's
     * own shutdown hook would run side by side with Quarkus's, so PostgreSQL could end the
     * connections of workers that were still stopping ("terminating connection due to
     * administrator command"); this hook first stops the application (or waits for the stop
     * Quarkus's hook began), then the database. A JVM shutdown hook has to be a thread of its own.
     */
    private static void stopAfterTheApplication(EmbeddedPostgres postgres) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Application application = Application.currentApplication();
            if (application != null) {
                try {
                    application.stop(); // returns once stopped; waits when another thread is stopping it
                } catch (IllegalStateException neverStarted) {
                    // nothing to wait for
                }
            }
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warnf("Stopping the embedded PostgreSQL failed: %s", e.getMessage());
            }
        }, "embedded-postgres-stop"));
    }

    /** Starts (and, the first time, locks) the database of {@code dataDir}; port 0 picks a free one. */
    public static Running start(Path dataDir, int port, boolean stopAtExit) {
        Path pgDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgDir);
            StalePostmaster.clear(pgDir);
            String password = SecretFile.readOrCreate(dataDir.resolve("postgres.password"), 24);
            boolean locked = isLocked(pgDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(stopAtExit);
            if (locked) {
                builder.setConnectConfig("password", password); // zonky's readiness check connects too
            }
            EmbeddedPostgres pg = builder.start();
            if (!locked) {
                lock(pg, pgDir, password);
            }
            return new Running(pg, "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres", password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    private static boolean isLocked(Path pgDir) throws IOException {
        Path hba = pgDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
    }

    /** Sets the password, then replaces the trusting pg_hba.conf and has PostgreSQL reload it. */
    private static void lock(EmbeddedPostgres pg, Path pgDir, String password) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(pgDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
        LOG.info("Embedded PostgreSQL locked: password in postgres.password, scram-sha-256 for every connection");
    }

    /** A system property, else the environment variable, else nothing. */
    static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
