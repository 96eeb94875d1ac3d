package dev.tessera.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What keeping the progress counters costs a save. The service has no switch to save without
 * them (and should not have one), so the benchmark replays, over JDBC, the statements one save
 * transaction runs (as Hibernate issues them for {@code TranslationWorkflow.save}) — once with
 * the counter upsert of ProgressCounters.move (one statement) and once
 * without — with the same concurrency and the same access pattern as the translators: every
 * worker on its own run of one article, so all of them update that article's progress shard
 * rows, as translators working down the queue do. Each segment is saved as DRAFT then
 * TRANSLATED, two transactions.
 */
final class CounterUpkeep {

    private static final String LOCK = "SELECT id, status, target, version FROM translation"
            + " WHERE segment_id = ? AND lang = ? FOR NO KEY UPDATE";
    private static final String SOURCE = "SELECT s.source_coded, s.source_codes, a.source_lang FROM segment s"
            + " JOIN revision r ON r.id = s.revision_id JOIN article a ON a.id = r.article_id WHERE s.id = ?";
    /** The service's counter upsert (ProgressCounters.move): one shard row of 64 per (article, language). */
    private static final String PROGRESS = "INSERT INTO progress AS p (article_id, lang, shard, segments_%1$s, words_%1$s,"
            + " segments_%2$s, words_%2$s) SELECT ?, ?, ?, -1, -s.word_count, 1, s.word_count FROM segment s WHERE s.id = ?"
            + " ON CONFLICT (article_id, lang, shard) DO UPDATE SET"
            + " segments_%1$s = p.segments_%1$s - 1, words_%1$s = p.words_%1$s - excluded.words_%2$s,"
            + " segments_%2$s = p.segments_%2$s + 1, words_%2$s = p.words_%2$s + excluded.words_%2$s, updated_at = now()";
    private static final String HISTORY = "INSERT INTO translation_history (id, translation_id, changed_by, changed_at,"
            + " action, old_status, new_status, old_target, new_target, comment)"
            + " VALUES (nextval('translation_history_seq'), ?, ?, now(), ?, ?, ?, ?, ?, NULL)";
    private static final String UPDATE = "UPDATE translation SET status = ?, target = ?, version = ?, updated_at = now(),"
            + " translated_by = ?, claimed_by = NULL, claim_expires_at = NULL WHERE id = ?";

    private final String jdbcUrl;
    private final String lang;
    private final long userId;

    CounterUpkeep(String jdbcUrl, String lang, long userId) {
        this.jdbcUrl = jdbcUrl;
        this.lang = lang;
        this.userId = userId;
    }

    /** Saves (draft, then submit) every segment of the article with {@code workers} connections; saves per second. */
    double savesPerSecond(long articleId, int workers, boolean withCounters) throws Exception {
        List<long[]> segments = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement q = c.prepareStatement("SELECT segment_id, article_id, position FROM translation"
                     + " WHERE article_id = ? AND lang = ? AND status = 'NEW' ORDER BY position")) {
            q.setLong(1, articleId);
            q.setString(2, lang);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    segments.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                }
            }
        }
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            open.add(DriverManager.getConnection(jdbcUrl, "postgres", ""));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            int slice = (segments.size() + workers - 1) / workers;
            for (int w = 0; w < workers; w++) {
                List<long[]> run = segments.subList(Math.min(w * slice, segments.size()),
                        Math.min((w + 1) * slice, segments.size()));
                Connection connection = open.get(w);
                running.add(pool.submit(() -> {
                    for (long[] segment : run) {
                        save(connection, segment[0], segment[1], (int) (segment[2] % 64), "NEW", "DRAFT", "SAVE_DRAFT", withCounters);
                        save(connection, segment[0], segment[1], (int) (segment[2] % 64), "DRAFT", "TRANSLATED", "SUBMIT", withCounters);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            for (Connection connection : open) {
                connection.close();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return segments.size() * 2 / seconds;
    }

    private void save(Connection c, long segmentId, long articleId, int shard, String from, String to, String action,
                      boolean withCounters) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement(LOCK); PreparedStatement source = c.prepareStatement(SOURCE);
             PreparedStatement history = c.prepareStatement(HISTORY);
             PreparedStatement update = c.prepareStatement(UPDATE)) {
            lock.setLong(1, segmentId);
            lock.setString(2, lang);
            long id;
            int version;
            String oldTarget;
            try (ResultSet r = lock.executeQuery()) {
                r.next();
                id = r.getLong(1);
                oldTarget = r.getString(3);
                version = r.getInt(4);
            }
            source.setLong(1, segmentId);
            source.executeQuery().close();
            String target = "Перевод сегмента " + segmentId;
            history.setLong(1, id);
            history.setLong(2, userId);
            history.setString(3, action);
            history.setString(4, from);
            history.setString(5, to);
            history.setString(6, oldTarget);
            history.setString(7, target);
            history.executeUpdate();
            update.setString(1, to);
            update.setString(2, target);
            update.setInt(3, version + 1);
            update.setLong(4, userId);
            update.setLong(5, id);
            update.executeUpdate();
            // TranslationChanges flushes the history row and the row change, then moves the counters last.
            if (withCounters) {
                try (PreparedStatement p = c.prepareStatement(String.format(PROGRESS, from.toLowerCase(java.util.Locale.ROOT),
                        to.toLowerCase(java.util.Locale.ROOT)))) {
                    p.setLong(1, articleId);
                    p.setString(2, lang);
                    p.setInt(3, shard);
                    p.setLong(4, segmentId);
                    p.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
