package dev.tessera.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Waits for an import's background work: after the commit, the stored memory suggestions of
 * every waiting translation are computed on the service's executor, one row each. A benchmark
 * that times the next path while they are computed times that work too, on whichever side
 * runs next, and the benchmark after it inherits the rest.
 */
public final class SuggestionsDone {

    private static final String WAITING = """
            SELECT count(*) FROM translation t WHERE t.status = 'NEW' AND t.active
              AND NOT EXISTS (SELECT 1 FROM memory_suggestion ms WHERE ms.segment_id = t.segment_id AND ms.lang = t.lang)""";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private SuggestionsDone() {
    }

    /** Returns once every waiting translation of the article has its stored suggestions (at most 10 minutes). */
    public static void await(DataSource dataSource, long articleId) {
        await(dataSource, articleId, Duration.ofMillis(100));
    }

    /**
     * Returns once every waiting translation of every article has its stored suggestions (at
     * most 10 minutes); how many seconds that took. Looks twice a second: the query reads
     * every waiting translation.
     */
    public static double awaitAll(DataSource dataSource) {
        return await(dataSource, null, Duration.ofMillis(500));
    }

    private static double await(DataSource dataSource, Long articleId, Duration pause) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(WAITING + (articleId != null ? " AND t.article_id = ?" : ""))) {
            if (articleId != null) {
                s.setLong(1, articleId);
            }
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                }
                if (System.nanoTime() - started > PATIENCE.toNanos()) {
                    throw new IllegalStateException("stored suggestions of " + (articleId != null ? "article " + articleId
                            : "the imports") + " not computed in " + PATIENCE.toMinutes() + " minutes");
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
