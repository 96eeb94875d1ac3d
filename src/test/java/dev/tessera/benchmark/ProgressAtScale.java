package dev.tessera.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.HdrHistogram.Histogram;

/**
 * A newsroom's worth of history for the progress views: {@code articles} articles of 50
 * segments in two target languages, written straight into the schema with
 * {@code generate_series} (article, revision, segment, translation with a spread of statuses,
 * and the progress rows counted from those translations, as an import counts them). Ids start
 * far above the sequences' values so they never meet rows the service creates.
 */
final class ProgressAtScale {

    static final long FIRST_ID = 50_000_000L;
    static final int SEGMENTS = 50;

    private final String jdbcUrl;

    ProgressAtScale(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Writes the rows in one transaction; returns how many translation rows it wrote. */
    long generate(int articles) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL synchronous_commit = off");
            s.executeUpdate("""
                    INSERT INTO article (id, title, source_lang, target_langs, format, priority, current_revision_id)
                    SELECT %1$d + g, 'Generated article ' || g, 'en', ARRAY['tr', 'ru'], 'text', -10, %1$d + g
                    FROM generate_series(1, %2$d) g""".formatted(FIRST_ID, articles));
            s.executeUpdate("""
                    INSERT INTO revision (id, article_id, number, original, sha256, size, file_name, content_type, format,
                                          filter_config, rules_hash, segment_count, word_count)
                    SELECT %1$d + g, %1$d + g, 1, convert_to('generated ' || g, 'UTF8'), md5(g::text) || md5(g::text),
                           12, 'generated.txt', 'text/plain', 'text', 'generated', 'generated', %3$d, %3$d * 9
                    FROM generate_series(1, %2$d) g""".formatted(FIRST_ID, articles, SEGMENTS));
            s.executeUpdate("""
                    INSERT INTO segment (revision_id, position, text_unit_id, okapi_segment_id, source_coded, source_codes,
                                         plain_text, word_count, source_hash)
                    SELECT %1$d + g, p, 'tu' || p, '0', 'Sentence ' || p || ' of generated article ' || g || ' is here.',
                           '', 'Sentence ' || p || ' of generated article ' || g || ' is here.', 7 + p %% 5,
                           md5(g || ':' || p)
                    FROM generate_series(1, %2$d) g, generate_series(0, %3$d - 1) p""".formatted(FIRST_ID, articles, SEGMENTS));
            // Every tenth article complete; the others spread over the statuses.
            long rows = s.executeUpdate("""
                    INSERT INTO translation (segment_id, article_id, lang, status, target, version, position, priority)
                    SELECT s.id, r.article_id, l.lang, st.status,
                           CASE WHEN st.status = 'NEW' THEN NULL ELSE 'Generated target ' || s.id END,
                           CASE WHEN st.status = 'NEW' THEN 0 ELSE 2 END, s.position, -10
                    FROM segment s JOIN revision r ON r.id = s.revision_id
                    CROSS JOIN (VALUES ('tr'), ('ru')) AS l(lang)
                    CROSS JOIN LATERAL (SELECT CASE WHEN r.article_id %% 10 = 0 THEN 'APPROVED'
                        ELSE (ARRAY['APPROVED','APPROVED','APPROVED','APPROVED','TRANSLATED','TRANSLATED','DRAFT',
                                    'REJECTED','NEW','NEW'])[1 + (s.id + length(l.lang)) %% 10] END AS status) st
                    WHERE r.id > %1$d""".formatted(FIRST_ID));
            s.executeUpdate("""
                    INSERT INTO progress (article_id, lang, segments_total, words_total,
                        segments_new, words_new, segments_draft, words_draft, segments_translated, words_translated,
                        segments_rejected, words_rejected, segments_approved, words_approved, segments_stale, words_stale)
                    SELECT t.article_id, t.lang, count(*), sum(s.word_count),
                        count(*) FILTER (WHERE t.status = 'NEW'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'NEW'), 0),
                        count(*) FILTER (WHERE t.status = 'DRAFT'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'DRAFT'), 0),
                        count(*) FILTER (WHERE t.status = 'TRANSLATED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'TRANSLATED'), 0),
                        count(*) FILTER (WHERE t.status = 'REJECTED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'REJECTED'), 0),
                        count(*) FILTER (WHERE t.status = 'APPROVED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'APPROVED'), 0),
                        count(*) FILTER (WHERE t.status = 'STALE'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'STALE'), 0)
                    FROM translation t JOIN segment s ON s.id = t.segment_id
                    WHERE t.article_id > %1$d
                    GROUP BY t.article_id, t.lang""".formatted(FIRST_ID));
            c.commit();
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE article, revision, segment, translation, progress");
            return rows;
        }
    }

    /** What the progress rows replace: counts and words by language and status over every translation. */
    static final String GROUP_BY_COUNT = """
            SELECT t.lang, t.status, count(*), sum(s.word_count)
            FROM translation t JOIN segment s ON s.id = t.segment_id
            GROUP BY t.lang, t.status""";

    /** Times the count over translations {@code times} times (after two unmeasured runs); microseconds. */
    Histogram timeGroupByCount(int times) throws Exception {
        Histogram histogram = new Histogram(3);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            for (int i = 0; i < times + 2; i++) {
                long started = System.nanoTime();
                try (ResultSet r = s.executeQuery(GROUP_BY_COUNT)) {
                    while (r.next()) {
                        r.getLong(3);
                    }
                }
                if (i >= 2) {
                    histogram.recordValue((System.nanoTime() - started) / 1_000);
                }
            }
        }
        return histogram;
    }
}
