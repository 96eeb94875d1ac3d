package dev.tessera.benchmark;

import dev.tessera.status.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The claim baseline: what a hand-written SQL queue does for the same loop as Tessera's
 * claim-and-release users ({@link ClaimOnlyLoad}). Each worker, on its own JDBC connection in
 * autocommit and as its own user, claims a run of up to 10 free rows with one statement — the
 * first free row in Tessera's queue order, then that article's free rows from that position
 * on, both {@code FOR UPDATE SKIP LOCKED}, leased in the same statement — and gives them back
 * with a second statement, as Tessera's release does ({@code claimed_by} of the user and
 * language). Same table, index, database and queue order as Tessera; no HTTP, authentication,
 * Hibernate, held-lease check or details query (neighbours, comments, suggestions).
 * {@code BaselineParityTest} checks that it claims the very rows Tessera's claim hands out.
 */
final class BareClaims {

    /** Tessera's work: these statuses, and only active rows (an archived article's or a removed language's are not). */
    static final String WORK = "t.status IN (" + Status.sqlList(Status.TRANSLATION_WORK) + ") AND t.active";
    static final String FREE = "(t.claimed_by IS NULL OR t.claim_expires_at < now() OR t.claimed_by = ?)";
    static final String CLAIM = """
            WITH anchor AS (
                SELECT t.article_id, t.position FROM translation t
                WHERE t.lang = ? AND %1$s AND %2$s
                ORDER BY (CASE t.status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END),
                         t.priority DESC, t.due_date, t.article_id, t.position
                LIMIT 1 FOR UPDATE SKIP LOCKED),
            run AS (
                SELECT t.id FROM translation t JOIN anchor a ON t.article_id = a.article_id
                WHERE t.lang = ? AND %1$s AND t.position >= a.position AND %2$s
                ORDER BY t.position LIMIT ? FOR UPDATE OF t SKIP LOCKED)
            UPDATE translation SET claimed_by = ?, claim_expires_at = now() + interval '15 minutes'
            WHERE id IN (SELECT id FROM run)
            RETURNING segment_id""".formatted(WORK, FREE);
    static final String RELEASE = "UPDATE translation SET claimed_by = NULL, claim_expires_at = NULL"
            + " WHERE claimed_by = ? AND lang = ?";

    /** Where the baseline gets a connection: the benchmark's JDBC URL, or a test's data source. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final String lang;

    BareClaims(Connections connections, String lang) {
        this.connections = connections;
        this.lang = lang;
    }

    /**
     * Claims and releases for {@code seconds}, one worker per user id (one connection each);
     * only the claim statement is timed, as only the claim request is for Tessera.
     */
    Stage run(String name, List<Long> userIds, int seconds) throws Exception {
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < userIds.size(); i++) {
            open.add(connections.open());
        }
        Stage stage = new Stage(name, seconds);
        ExecutorService pool = Executors.newFixedThreadPool(userIds.size());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < userIds.size(); i++) {
                Connection connection = open.get(i);
                long userId = userIds.get(i);
                workers.add(pool.submit(() -> {
                    loop(connection, userId, stage);
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
        return stage;
    }

    private void loop(Connection connection, long userId, Stage stage) throws SQLException {
        try (PreparedStatement claim = claimStatement(connection, userId, 10);
             PreparedStatement release = releaseStatement(connection, userId)) {
            while (stage.running()) {
                long started = System.nanoTime();
                List<Long> rows = ids(claim);
                long ended = System.nanoTime();
                if (rows.isEmpty()) {
                    stage.errors.record(started, ended, stage.startNanos, 1); // an empty claim: the queue ran dry
                    continue;
                }
                stage.claims.record(started, ended, stage.startNanos, 1);
                stage.segments.record(started, ended, stage.startNanos, rows.size());
                release.executeUpdate();
            }
        }
    }

    /** One claim of up to {@code limit} rows; the segment ids of the rows claimed, sorted. */
    List<Long> claimOnce(Connection connection, long userId, int limit) throws SQLException {
        try (PreparedStatement claim = claimStatement(connection, userId, limit)) {
            return ids(claim);
        }
    }

    /** Gives back what the user holds in the language; how many rows. */
    int releaseOnce(Connection connection, long userId) throws SQLException {
        try (PreparedStatement release = releaseStatement(connection, userId)) {
            return release.executeUpdate();
        }
    }

    private PreparedStatement claimStatement(Connection connection, long userId, int limit) throws SQLException {
        PreparedStatement claim = connection.prepareStatement(CLAIM);
        claim.setString(1, lang);
        claim.setLong(2, userId);
        claim.setString(3, lang);
        claim.setLong(4, userId);
        claim.setInt(5, limit);
        claim.setLong(6, userId);
        return claim;
    }

    private PreparedStatement releaseStatement(Connection connection, long userId) throws SQLException {
        PreparedStatement release = connection.prepareStatement(RELEASE);
        release.setLong(1, userId);
        release.setString(2, lang);
        return release;
    }

    private static List<Long> ids(PreparedStatement claim) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet result = claim.executeQuery()) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        ids.sort(null);
        return ids;
    }
}
