package dev.tessera.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pre-translation on import (auto-approval off, the default): an article whose sentences the
 * memory holds is imported with those translations {@code TRANSLATED}, history and progress
 * exact; the rest wait with suggestions computed after the import, which a claim carries.
 */
@QuarkusTest
class PreTranslationTest {

    @Inject
    AgroalDataSource dataSource;

    /** Three sentences with a word of their own; returns the text. */
    static String text(String word) {
        return "The " + word + " budget was approved on Monday. Parliament voted " + word + " late at night. "
                + "The opposition " + word + " walked out in protest.";
    }

    static long importText(String text, String targets) {
        return Fixtures.asAdmin().multiPart("file", "t.txt", text.getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "en").multiPart("targetLangs", targets)
                .multiPart("externalId", Fixtures.uniqueName("pre"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Translates and approves every Turkish segment of the article through the API. */
    static void translateAll(long article, String lang) {
        Account translator = Fixtures.user("translator", lang);
        Account reviewer = Fixtures.user("reviewer", lang);
        for (Map<String, Object> segment : Work.segments(article)) {
            long id = ((Number) segment.get("id")).longValue();
            Work.save(translator, id, lang, "[" + lang + "] " + segment.get("source"), "TRANSLATED", 0)
                    .then().statusCode(200);
            Work.approve(reviewer, id, lang, 1).then().statusCode(200);
        }
    }

    static long count(AgroalDataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exactMatchesAreFilledAsTranslatedWithHistoryAndExactProgress() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        long first = importText(text(word), "tr");
        translateAll(first, "tr");

        // The same sentences and one new one, into Turkish and Russian.
        long second = importText(text(word) + " A " + word + " sentence the memory has never seen.", "tr,ru");
        List<Map<String, Object>> segments = Work.segments(second);
        assertThat(segments).hasSize(4);
        JsonPath progress = Fixtures.asAdmin().get("/api/articles/" + second + "/progress").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> tr = progress.getMap("find { it.lang == 'tr' }");
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.TRANSLATED")).as(progress.prettify()).isEqualTo(3);
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.NEW")).isEqualTo(1);
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.APPROVED")).isZero();
        assertThat(progress.getInt("find { it.lang == 'ru' }.segmentsByStatus.NEW")).isEqualTo(4);
        assertThat(tr).isNotNull();

        long segment = ((Number) segments.get(0).get("id")).longValue();
        JsonPath detail = Fixtures.asAdmin().get("/api/segments/" + segment + "/translations/tr").then().statusCode(200)
                .extract().jsonPath();
        assertThat(detail.getString("translation.status")).isEqualTo("TRANSLATED");
        assertThat(detail.getString("translation.target")).isEqualTo("[tr] " + segments.get(0).get("source"));
        assertThat(detail.getInt("translation.version")).isEqualTo(1);
        assertThat(detail.getString("history[0].action")).isEqualTo("PRETRANSLATE");
        assertThat(detail.getString("history[0].newStatus")).isEqualTo("TRANSLATED");
        // The counters agree with the rows.
        assertThat(count(dataSource, "SELECT sum(segments_translated) FROM progress WHERE article_id = " + second
                + " AND lang = 'tr'")).isEqualTo(count(dataSource, "SELECT count(*) FROM translation WHERE article_id = "
                + second + " AND lang = 'tr' AND status = 'TRANSLATED'"));
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event WHERE article_id = " + second)).isZero();
    }

    @Test
    void aClaimCarriesTheSuggestionsComputedAfterTheImport() throws InterruptedException {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        long first = importText(text(word), "ru");
        translateAll(first, "ru");
        // Each sentence changed by one word: fuzzy matches, nothing to pre-translate.
        String changed = text(word).replace("Monday", "Tuesday").replace("late", "early").replace("protest", "anger");
        long second = importText(changed, "ru");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (count(dataSource, "SELECT count(*) FROM memory_suggestion ms JOIN segment s ON s.id = ms.segment_id"
                + " JOIN revision r ON r.id = s.revision_id WHERE r.article_id = " + second) < 3) {
            assertThat(Instant.now()).as("suggestions computed in the background").isBefore(deadline);
            Thread.sleep(200);
        }
        JsonPath claim = Work.claim(Fixtures.user("translator", "ru"), "ru", 3, "&articleId=" + second);
        assertThat(claim.getList("segments")).hasSize(3);
        assertThat(claim.getInt("segments[0].suggestions[0].score")).isBetween(75, 99);
        assertThat(claim.getString("segments[0].suggestions[0].target")).startsWith("[ru] The " + word + " budget");
        assertThat(claim.getList("segments[0].suggestions[0].diff.type")).contains("delete", "insert");
        assertThat(claim.getString("segments[1].suggestions[0].target")).startsWith("[ru] Parliament voted");
    }

    /**
     * Waiting translations into a language the memory holds no entry for get their (empty) stored
     * lists in one statement, without lookups; the batches only go through pairs the memory holds.
     */
    @Test
    void aPairTheMemoryDoesNotHoldGetsEmptyListsAtOnce() throws InterruptedException, SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM memory_entry WHERE source_lang = 'ru' AND target_lang = 'tr'");
        }
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        long article = Fixtures.asAdmin().multiPart("file", "t.txt", ("Парламент " + word + " проголосовал поздно ночью."
                        + " Оппозиция покинула зал в знак протеста.").getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "ru").multiPart("targetLangs", "tr")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        String stored = "SELECT count(*) FROM memory_suggestion ms JOIN translation t ON t.segment_id = ms.segment_id"
                + " AND t.lang = ms.lang WHERE t.article_id = " + article;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(dataSource, stored) < 2) {
            assertThat(Instant.now()).as("empty lists stored in the background").isBefore(deadline);
            Thread.sleep(100);
        }
        assertThat(count(dataSource, stored + " AND ms.suggestions = '[]'::jsonb")).isEqualTo(2);
    }

    private static String stored(AgroalDataSource dataSource, long segment, String lang) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT suggestions::text || ' @ ' || computed_at FROM memory_suggestion WHERE segment_id = " + segment
                        + " AND lang = '" + lang + "'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anApprovalRefreshesTheStoredSuggestionsOfWaitingSegmentsWithTheSameSourceOnly() throws InterruptedException {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        long first = importText(text(word), "tr");
        long second = importText(text(word), "tr");
        List<Map<String, Object>> waiting = Work.segments(second);
        long same = ((Number) waiting.get(0).get("id")).longValue();
        long other = ((Number) waiting.get(1).get("id")).longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (stored(dataSource, same, "tr") == null || stored(dataSource, other, "tr") == null) {
            assertThat(Instant.now()).as("suggestions computed after the import").isBefore(deadline);
            Thread.sleep(200);
        }
        // Other tests' sentences may be fuzzy matches; no exact one (100, or 101 with the same neighbours) exists yet.
        assertThat(stored(dataSource, same, "tr")).doesNotContain("\"score\": 100").doesNotContain("\"score\": 101");
        String otherBefore = stored(dataSource, other, "tr");

        // The first article's first sentence is approved: the second article's copy of it now has an exact match.
        long approved = ((Number) Work.segments(first).get(0).get("id")).longValue();
        Work.save(Fixtures.user("translator", "tr"), approved, "tr", "[tr] " + waiting.get(0).get("source"), "TRANSLATED", 0)
                .then().statusCode(200);
        Work.approve(Fixtures.user("reviewer", "tr"), approved, "tr", 1).then().statusCode(200);
        deadline = Instant.now().plus(Duration.ofSeconds(60));
        // The same sentence between the same neighbours: a 101% match.
        while (!stored(dataSource, same, "tr").contains("\"score\": 101")) {
            assertThat(Instant.now()).as("the stored list refreshed after the approval").isBefore(deadline);
            Thread.sleep(200);
        }
        JsonPath claim = Work.claim(Fixtures.user("translator", "tr"), "tr", 1, "&articleId=" + second);
        assertThat(claim.getLong("segments[0].segmentId")).isEqualTo(same);
        assertThat(claim.getInt("segments[0].suggestions[0].score")).isEqualTo(101);
        assertThat(claim.getString("segments[0].suggestions[0].target")).isEqualTo("[tr] " + waiting.get(0).get("source"));
        // A segment with another source keeps the list it had.
        assertThat(stored(dataSource, other, "tr")).isEqualTo(otherBefore);
    }
}
