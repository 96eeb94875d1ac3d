package dev.tessera.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives the test run a fresh embedded PostgreSQL, or nothing when
 * {@code QUARKUS_DATASOURCE_JDBC_URL} points the suite at an external one.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (isExternal()) {
            return Map.of();
        }
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isExternal() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return url != null && !url.isBlank();
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: several test profiles restart Quarkus, not the database.
    }
}
