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
            SELECT count(*) FROM translation t WHERE t.article_id = ? AND t.status = 'NEW' AND t.active
              AND NOT EXISTS (SELECT 1 FROM memory_suggestion ms WHERE ms.segment_id = t.segment_id AND ms.lang = t.lang)""";

    private SuggestionsDone() {
    }

    /** Returns once every waiting translation of the article has its stored suggestions (at most 10 minutes). */
    public static void await(DataSource dataSource, long articleId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(WAITING)) {
            s.setLong(1, articleId);
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("stored suggestions of article " + articleId + " not computed in 10 minutes");
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
