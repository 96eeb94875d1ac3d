package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A test article worked on through the API: Turkish complete (every segment translated and
 * approved, target "[tr] " + source), Russian half done (every other segment a draft); and the
 * checks a source update must pass: counters equal to counts over the rows, rows of every table.
 */
final class TranslatedArticle {

    static final Account TRANSLATOR = Fixtures.user(List.of("translator"), List.of("tr", "ru"));
    static final Account REVIEWER = Fixtures.user(List.of("reviewer"), List.of("tr", "ru"));
    private static final String[] TABLES = {"article", "revision", "segment", "translation", "progress",
            "translation_history", "outbox_event"};

    private TranslatedArticle() {
    }

    /** Imports the bytes as an HTML article into tr and ru and does the work described above; returns its id. */
    static long of(byte[] html, String externalId) {
        forgetMemory();
        long id = Fixtures.asAdmin().multiPart("file", "article.html", html).multiPart("sourceLang", "en")
                .multiPart("targetLangs", "tr,ru").multiPart("externalId", externalId)
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        for (Map<String, Object> segment : Work.segments(id)) {
            long segmentId = ((Number) segment.get("id")).longValue();
            String source = (String) segment.get("source");
            Work.save(TRANSLATOR, segmentId, "tr", "[tr] " + source, "TRANSLATED", 0).then().statusCode(200);
            Work.approve(REVIEWER, segmentId, "tr", 1).then().statusCode(200);
            if (((Number) segment.get("position")).intValue() % 2 == 0) {
                Work.save(TRANSLATOR, segmentId, "ru", "[ru] " + source, "DRAFT", 0).then().statusCode(200);
            }
        }
        return id;
    }

    /**
     * The work above is done by hand, so the memory is emptied first: an earlier call approved
     * the same sentences, and pre-translation would otherwise fill them at import.
     */
    private static void forgetMemory() {
        DataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM memory_suggestion");
            statement.executeUpdate("DELETE FROM memory_entry");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] original() {
        return Articles.bytes("en/energy-transition.html");
    }

    /** (lang, status) → translations of the article that are not REMOVED, by reading the rows. */
    static Map<String, Integer> statuses(DataSource dataSource, long articleId) {
        return query(dataSource, """
                SELECT t.lang || ':' || t.status, count(*) FROM translation t
                WHERE t.article_id = ? AND t.status <> 'REMOVED' GROUP BY 1""", articleId);
    }

    /**
     * Asserts that every counter of the article equals a count over its rows, that every
     * translation that is not REMOVED belongs to a segment of the current revision and that
     * every such segment has one translation per target language.
     */
    static void assertCountersExact(DataSource dataSource, long articleId) {
        Map<String, Integer> counted = query(dataSource, """
                SELECT x.key, x.value FROM translation t JOIN segment s ON s.id = t.segment_id,
                LATERAL (VALUES (t.lang || ':segments_' || lower(t.status), 1), (t.lang || ':words_' || lower(t.status), s.word_count),
                                (t.lang || ':segments_total', 1), (t.lang || ':words_total', s.word_count)) AS x(key, value)
                WHERE t.article_id = ? AND t.status <> 'REMOVED'""", articleId, true);
        Map<String, Integer> counters = new TreeMap<>();
        for (String lang : List.of("tr", "ru")) {
            for (String column : List.of("total", "new", "draft", "translated", "rejected", "approved", "stale")) {
                for (String what : List.of("segments_", "words_")) {
                    int value = query(dataSource, "SELECT 'v', coalesce(sum(" + what + column + "), 0) FROM progress"
                            + " WHERE article_id = ? AND lang = '" + lang + "'", articleId).get("v");
                    if (value != 0) {
                        counters.put(lang + ":" + what + column, value);
                    }
                }
            }
        }
        assertThat(counters).isEqualTo(new TreeMap<>(counted));
        Map<String, Integer> misplaced = query(dataSource, """
                SELECT 'misplaced', count(*) FROM translation t JOIN segment s ON s.id = t.segment_id
                JOIN article a ON a.id = t.article_id
                WHERE t.article_id = ? AND t.status <> 'REMOVED' AND s.revision_id IS DISTINCT FROM a.current_revision_id""",
                articleId);
        assertThat(misplaced.getOrDefault("misplaced", 0)).isZero();
        Map<String, Integer> perSegment = query(dataSource, """
                SELECT 'languages:' || count(t.id), count(*) FROM segment s JOIN article a ON a.current_revision_id = s.revision_id
                LEFT JOIN translation t ON t.segment_id = s.id AND t.status <> 'REMOVED'
                WHERE a.id = ? GROUP BY s.id""", articleId, true);
        assertThat(perSegment.keySet()).containsOnly("languages:2");
    }

    static Map<String, Long> rowCounts(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    static Map<String, Integer> query(DataSource dataSource, String sql, long articleId) {
        return query(dataSource, sql, articleId, false);
    }

    /** First column → second, summed over rows with the same key when {@code sum}. */
    private static Map<String, Integer> query(DataSource dataSource, String sql, long articleId, boolean sum) {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) == null ? "" : rs.getString(1);
                    if (sum) {
                        result.merge(key, rs.getInt(2), Integer::sum);
                    } else {
                        result.put(key, rs.getInt(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
