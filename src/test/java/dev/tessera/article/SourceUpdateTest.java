package dev.tessera.article;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Realistic edits of a translated article (Turkish complete, Russian half drafted) sent as
 * source updates, and what translators and editors must find afterwards.
 */
@QuarkusTest
class SourceUpdateTest {

    private static final String FIRST = "  <p>On September 12, 2023,";
    private static final String HER_TEAM = "Her team estimates that every year of delay adds 6–8% to the financing cost"
            + " of a typical utility-scale solar park.";
    private static final String BOTTLENECK = "The bottleneck is not unique to Europe: in the U.S. Midwest, more than"
            + " 2,000 projects are stuck in interconnection studies run by the regional grid operator.";

    @Inject
    AgroalDataSource dataSource;

    private static String html() {
        return new String(TranslatedArticle.original(), StandardCharsets.UTF_8);
    }

    private static JsonPath update(long id, String html) {
        return asAdmin().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8))
                .put("/api/articles/" + id + "/source").then().statusCode(200).extract().jsonPath();
    }

    /** segment id → "lang:status:target" of every translation, read through the API. */
    private static Map<Long, String> work(long id) {
        Map<Long, String> work = new HashMap<>();
        for (Map<String, Object> s : Work.segments(id)) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> translations = (Map<String, Map<String, Object>>) s.get("translations");
            work.put(((Number) s.get("id")).longValue(), translations.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + ":" + e.getValue().get("status") + ":" + e.getValue().get("target"))
                    .collect(Collectors.joining("|")));
        }
        return work;
    }

    private int events(long articleId, String type) {
        return TranslatedArticle.query(dataSource, "SELECT 'n', count(*) FROM outbox_event WHERE article_id = ? AND type = '"
                + type + "'", articleId).getOrDefault("n", 0);
    }

    @Test
    void aParagraphInsertedAtTheTopKeepsEveryOtherTranslationAndStatus() {
        long id = TranslatedArticle.of(TranslatedArticle.original(), Fixtures.uniqueName("top"));
        Map<Long, String> before = work(id);
        int reopenedBefore = events(id, "article.language.reopened");

        JsonPath answer = update(id, html().replace(FIRST, "  <p>Editor’s note: this analysis was updated on"
                + " September 14. Figures for Spain were revised.</p>\n\n" + FIRST));

        assertThat(answer.getBoolean("changed")).isTrue();
        assertThat(answer.getInt("article.revision.number")).isEqualTo(2);
        Map<String, Object> tr = answer.getMap("languages.find { it.lang == 'tr' }");
        assertThat(tr).containsEntry("kept", before.size()).containsEntry("new", 2).containsEntry("moved", 0)
                .containsEntry("stale", 0).containsEntry("removed", 0);
        Map<Long, String> after = work(id);
        assertThat(after).hasSize(before.size() + 2).containsAllEntriesOf(before);
        assertThat(after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue))
                .containsOnly("ru:NEW:null|tr:NEW:null");
        TranslatedArticle.assertCountersExact(dataSource, id);
        // Turkish was complete and is not any more: announced once; Russian was never complete.
        assertThat(events(id, "article.language.reopened")).isEqualTo(reopenedBefore + 1);
        assertThat(TranslatedArticle.query(dataSource, "SELECT lang, count(*) FROM outbox_event WHERE article_id = ?"
                + " AND type = 'article.language.reopened' GROUP BY lang", id)).containsOnlyKeys("tr");
    }

    @Test
    void oneChangedWordMakesExactlyThatSegmentStaleWithTheOldTargetAndADiff() {
        long id = TranslatedArticle.of(TranslatedArticle.original(), Fixtures.uniqueName("word"));
        Map<Long, String> before = work(id);

        JsonPath answer = update(id, html().replace("roughly three times the wind", "roughly four times the wind"));

        List<Map<String, Object>> stale = answer.getList("staleSegments");
        assertThat(stale).hasSize(1);
        long segmentId = ((Number) stale.get(0).get("segmentId")).longValue();
        assertThat(answer.getList("staleSegments[0].diff", Map.class)).contains(Map.of("type", "delete", "text", "three"),
                Map.of("type", "insert", "text", "four"));
        assertThat((Integer) stale.get(0).get("score")).isBetween(75, 99);
        Map<Long, String> after = work(id);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((segment, translations) -> {
            if (segment != segmentId) {
                assertThat(after.get(segment)).isEqualTo(translations);
            }
        });
        assertThat(after.get(segmentId)).contains("tr:STALE:[tr] On September 12, 2023").contains("three times");

        JsonPath detail = asAdmin().get("/api/segments/" + segmentId + "/translations/tr").then().statusCode(200)
                .extract().jsonPath();
        assertThat(detail.getString("translation.status")).isEqualTo("STALE");
        assertThat(detail.getString("sourceChange.previousSource")).contains("three times");
        assertThat(detail.getList("sourceChange.diff", Map.class)).contains(Map.of("type", "insert", "text", "four"));
        assertThat(detail.getList("history.action", String.class)).endsWith("SOURCE_CHANGED");
        JsonPath segments = asAdmin().get("/api/articles/" + id + "/segments?status=STALE").then().statusCode(200)
                .extract().jsonPath();
        assertThat(segments.getList("items.id", Long.class)).containsExactly(segmentId);
        assertThat(segments.getList("items[0].sourceChange.diff", Map.class)).contains(Map.of("type", "delete", "text", "three"));
        TranslatedArticle.assertCountersExact(dataSource, id);
    }

    @Test
    void reorderedSentencesKeepTheirTranslations() {
        long id = TranslatedArticle.of(TranslatedArticle.original(), Fixtures.uniqueName("order"));
        Map<Long, String> before = work(id);

        JsonPath answer = update(id, html().replace(HER_TEAM + " " + BOTTLENECK, BOTTLENECK + " " + HER_TEAM));

        assertThat(answer.getInt("languages.find { it.lang == 'tr' }.moved")).isEqualTo(1);
        assertThat(answer.getInt("languages.find { it.lang == 'tr' }.new")).isZero();
        assertThat(work(id)).isEqualTo(before);
        List<Map<String, Object>> segments = Work.segments(id);
        int bottleneck = positionOf(segments, "The bottleneck is not unique");
        assertThat(positionOf(segments, "Her team estimates")).isEqualTo(bottleneck + 1);
        long moved = segments.stream().filter(s -> ((String) s.get("plainText")).startsWith(HER_TEAM.substring(0, 20))
                || ((String) s.get("plainText")).startsWith(BOTTLENECK.substring(0, 20)))
                .filter(s -> asAdmin().get("/api/segments/" + s.get("id") + "/translations/tr").then().extract().jsonPath()
                        .getList("history.action", String.class).contains("SOURCE_MOVED")).count();
        assertThat(moved).isEqualTo(1);
        TranslatedArticle.assertCountersExact(dataSource, id);
    }

    private static int positionOf(List<Map<String, Object>> segments, String start) {
        return segments.stream().filter(s -> ((String) s.get("plainText")).startsWith(start))
                .map(s -> ((Number) s.get("position")).intValue()).findFirst().orElseThrow();
    }

    @Test
    void aDeletedParagraphLeavesExactCountsAndItsSegmentsRefuseWork() {
        long id = TranslatedArticle.of(TranslatedArticle.original(), Fixtures.uniqueName("cut"));
        String html = html();
        int start = html.indexOf("  <p>Flexible connections are");
        String edited = html.substring(0, start) + html.substring(html.indexOf("</p>", start) + "</p>\n\n".length());
        String paragraph = html.substring(start, html.indexOf("</p>", start)).replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
        List<Long> goneIds = Work.segments(id).stream()
                .filter(s -> paragraph.contains(((String) s.get("plainText")).replaceAll("\\s+", " ").strip()))
                .map(s -> ((Number) s.get("id")).longValue()).toList();
        assertThat(goneIds).isNotEmpty();
        Work.claim(TranslatedArticle.TRANSLATOR, "ru", 100, "&articleId=" + id);

        JsonPath answer = update(id, edited);

        assertThat(answer.getInt("languages.find { it.lang == 'ru' }.removed")).isEqualTo(goneIds.size());
        assertThat(answer.getInt("languages.find { it.lang == 'ru' }.new")).isZero();
        TranslatedArticle.assertCountersExact(dataSource, id);
        assertThat(answer.getInt("article.revision.segmentCount")).isEqualTo(Work.segments(id).size());
        long gone = goneIds.get(0);
        JsonPath removed = asAdmin().get("/api/segments/" + gone + "/translations/ru").then().statusCode(200)
                .extract().jsonPath();
        assertThat(removed.getString("translation.status")).isEqualTo("REMOVED");
        assertThat(removed.getString("translation.claimedBy")).isNull();
        Map<String, Long> rows = TranslatedArticle.rowCounts(dataSource);
        Work.save(TranslatedArticle.TRANSLATOR, gone, "ru", "[ru] late work", "DRAFT", removed.getInt("translation.version"))
                .then().statusCode(410).contentType("application/problem+json").body("code", equalTo("SEGMENT_REMOVED"));
        assertThat(TranslatedArticle.rowCounts(dataSource)).isEqualTo(rows);
        // Still complete in Turkish: the removed sentences were approved, the rest stays approved.
        assertThat(events(id, "article.language.completed")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void identicalBytesChangeNothing() {
        long id = TranslatedArticle.of(TranslatedArticle.original(), Fixtures.uniqueName("same"));
        Map<String, Long> rows = TranslatedArticle.rowCounts(dataSource);

        JsonPath answer = update(id, html());

        assertThat(answer.getBoolean("changed")).isFalse();
        assertThat(answer.getInt("article.revision.number")).isEqualTo(1);
        assertThat(TranslatedArticle.rowCounts(dataSource)).isEqualTo(rows);
    }

    @Test
    void theExternalIdUpsertMakesANewRevision() {
        String externalId = Fixtures.uniqueName("cms");
        long id = TranslatedArticle.of(TranslatedArticle.original(), externalId);
        asAdmin().contentType("text/html").body(html().replace("roughly three times", "roughly four times")
                        .getBytes(StandardCharsets.UTF_8))
                .put("/api/articles/by-external-id/" + externalId + "?sourceLang=en")
                .then().statusCode(200).body("article.id", equalTo((int) id)).body("changed", equalTo(true))
                .body("staleSegments.size()", equalTo(1)).body("article.revision.number", equalTo(2));
    }
}
