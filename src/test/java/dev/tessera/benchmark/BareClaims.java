package dev.tessera.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baseline: the bare one-statement claim of a single row over JDBC, in autocommit, on the
 * same table, index and database as Tessera's queue. It hands out one row per claim and does
 * nothing else (no run of neighbours, no context, no HTTP, no authentication).
 */
final class BareClaims {

    static final String CLAIM = """
            UPDATE translation SET claimed_by = ?, claim_expires_at = now() + interval '15 minutes'
            WHERE id = (SELECT id FROM translation
                        WHERE lang = ? AND status IN ('NEW', 'DRAFT', 'STALE', 'REJECTED')
                          AND (claimed_by IS NULL OR claim_expires_at < now())
                        ORDER BY (CASE status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END),
                                 priority DESC, due_date, article_id, position
                        LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id""";

    private final String jdbcUrl;
    private final String lang;
    private final long userId;

    BareClaims(String jdbcUrl, String lang, long userId) {
        this.jdbcUrl = jdbcUrl;
        this.lang = lang;
        this.userId = userId;
    }

    /** Claims with {@code connections} connections for {@code seconds}; then gives every claimed row back. */
    Stage run(String name, int connections, int seconds) throws Exception {
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            open.add(DriverManager.getConnection(jdbcUrl, "postgres", ""));
        }
        Stage stage = new Stage(name, seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (Connection connection : open) {
                workers.add(pool.submit(() -> {
                    claim(connection, stage);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
            for (Connection connection : open) {
                connection.close();
            }
        }
        release();
        return stage;
    }

    private void claim(Connection connection, Stage stage) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setLong(1, userId);
            claim.setString(2, lang);
            while (stage.running()) {
                long started = System.nanoTime();
                int rows = 0;
                try (ResultSet result = claim.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                long ended = System.nanoTime();
                stage.claims.record(started, ended, stage.startNanos, 1);
                stage.segments.record(started, ended, stage.startNanos, rows);
            }
        }
    }

    private void release() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE translation SET claimed_by = NULL, claim_expires_at = NULL"
                    + " WHERE claimed_by = " + userId);
        }
    }
}
