package dev.tessera.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tessera's embedded PostgreSQL: a real PostgreSQL 17 whose data lives in
 * {@code TESSERA_DATA_DIR} (default {@code ./data}) and survives restarts.
 *
 * <p>Unlike a test database it runs with {@code fsync} and {@code synchronous_commit} on: a
 * crash must not lose committed work. A postmaster left running by a killed JVM is stopped
 * before the new one starts.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private EmbeddedDatabase() {
    }

    /** Starts the embedded database and points Quarkus at it, unless a datasource URL is configured. */
    public static void startIfNoDatasourceConfigured(Path dataDir) {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
            LOG.info("Using the configured external PostgreSQL; no embedded database started");
            return;
        }
        Path pgDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgDir);
            stopOrphanedPostmaster(pgDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPort(Integer.parseInt(setting("tessera.db.port", "TESSERA_DB_PORT").orElse("0")))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(true)
                    .start();
            String url = pg.getJdbcUrl("postgres", "postgres");
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "");
            LOG.infof("Embedded PostgreSQL ready at %s (data in %s)", url, pgDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    /** A system property, else the environment variable, else nothing. */
    static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A JVM killed without its shutdown hook leaves the postmaster running and holding the
     * data folder. Stop it, but only when no live process owns the folder (zonky's lock file
     * is free), so that a second Tessera on the same folder is never disturbed.
     */
    private static void stopOrphanedPostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(pgDir.resolve(ZONKY_LOCK_FILE).toFile(), "rw");
             FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Tessera process is using " + pgDir);
            }
            List<String> lines = Files.readAllLines(pidFile);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
            if (postmaster.isPresent() && postmaster.get().isAlive()) {
                LOG.warnf("Stopping PostgreSQL process %d left over from an earlier run", pid);
                postmaster.get().destroy(); // SIGTERM: shut down once no client is connected
                try {
                    postmaster.get().onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    postmaster.get().destroyForcibly();
                }
            }
        } catch (NumberFormatException e) {
            LOG.warn("Unreadable postmaster.pid; leaving it to PostgreSQL");
        }
    }
}
