package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editors manage articles: archive (work out of every queue and count, nothing deleted), the
 * admin's purge, and patches of title, priority, due date and target languages. Every test
 * counts rows and queue and progress sums before and after.
 */
@QuarkusTest
class ArticleManagementTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void archiveTakesTheWorkOutOfEveryQueueAndCountAndKeepsEveryRow() {
        long article = Work.article(6, "ru", 0);
        Account translator = Fixtures.user("translator", "ru");
        Account editor = Fixtures.user("editor");
        JsonPath claim = Work.claim(translator, "ru", 2, "&articleId=" + article);
        long held = claim.getLong("segments[0].segmentId");
        Work.save(translator, held, "ru", "Предложение номер 1.", "DRAFT", 0).then().statusCode(200);
        Map<String, Long> rows = rows(article);
        JsonPath queue = translator.request().get("/api/queue/ru").then().statusCode(200).extract().jsonPath();
        JsonPath progress = Fixtures.asAdmin().get("/api/progress?lang=ru").then().statusCode(200).extract().jsonPath();

        editor.request().delete("/api/articles/" + article).then().statusCode(200)
                .body("archived", equalTo(true)).body("archivedAt", org.hamcrest.Matchers.notNullValue());

        assertThat(rows(article)).isEqualTo(rows);
        JsonPath queueAfter = translator.request().get("/api/queue/ru").then().statusCode(200).extract().jsonPath();
        assertThat(queueAfter.getInt("newSegments")).isEqualTo(queue.getInt("newSegments") - 5);
        assertThat(queueAfter.getInt("draft")).isEqualTo(queue.getInt("draft") - 1);
        assertThat(queueAfter.getInt("claimedByMe")).isZero();
        JsonPath progressAfter = Fixtures.asAdmin().get("/api/progress?lang=ru").then().statusCode(200).extract().jsonPath();
        assertThat(progressAfter.getInt("languages[0].segments")).isEqualTo(progress.getInt("languages[0].segments") - 6);
        assertThat(progressAfter.getList("articles.articleId", Long.class)).doesNotContain(article);
        assertThat(Work.claim(Fixtures.user("translator", "ru"), "ru", 5, "&articleId=" + article).getList("segments"))
                .isEmpty();
        // Reads say so; the article's own figures stay as they were.
        JsonPath read = Fixtures.asAdmin().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
        assertThat(read.getBoolean("archived")).isTrue();
        assertThat(read.getInt("progress[0].segmentsByStatus.DRAFT")).isEqualTo(1);
        Fixtures.asAdmin().get("/api/articles?q=" + read.getString("title")).then().statusCode(200)
                .body("total", equalTo(0));

        // The translator who held a lease is told why the save cannot be made, whatever version they hold.
        Work.save(translator, held, "ru", "Предложение номер 1 готово.", "TRANSLATED", 1).then().statusCode(410)
                .body("code", equalTo("ARTICLE_ARCHIVED"));
        Work.save(translator, held, "ru", "Предложение номер 1 готово.", "TRANSLATED", 7).then().statusCode(410)
                .body("code", equalTo("ARTICLE_ARCHIVED"));
        // Archiving again changes nothing; changing an archived article is refused.
        editor.request().delete("/api/articles/" + article).then().statusCode(200).body("archived", equalTo(true));
        editor.request().contentType(ContentType.JSON).body(Map.of("title", "Another"))
                .patch("/api/articles/" + article).then().statusCode(410).body("code", equalTo("ARTICLE_ARCHIVED"));
        // Neither a source update nor a segmentation fix reaches an archived article.
        editor.request().contentType("text/plain").body("A new first sentence. A new second one.")
                .put("/api/articles/" + article + "/source").then().statusCode(410).body("code", equalTo("ARTICLE_ARCHIVED"));
        editor.request().contentType(ContentType.JSON).body(Map.of("offset", 9))
                .post("/api/articles/" + article + "/segments/" + held + "/split").then().statusCode(410)
                .body("code", equalTo("ARTICLE_ARCHIVED"));
        assertThat(rows(article)).isEqualTo(rows);
    }

    @Test
    void onlyAnAdminPurgesAndThePurgeRemovesEveryRowOfTheArticle() throws Exception {
        long article = Work.article(2, "tr", 0);
        long other = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        for (Map<String, Object> segment : Work.segments(article)) {
            long id = ((Number) segment.get("id")).longValue();
            Work.save(translator, id, "tr", "Cümle.", "TRANSLATED", 0).then().statusCode(200);
            Work.approve(reviewer, id, "tr", 1).then().statusCode(200);
        }
        translator.request().contentType(ContentType.JSON).body(Map.of("body", "Bir not"))
                .post("/api/segments/" + Work.segments(article).get(0).get("id") + "/translations/tr/comments");
        waitForOutbox(article);
        String segments = String.join(",", Work.segments(article).stream().map(s -> String.valueOf(s.get("id"))).toList());
        Map<String, Long> rows = rows(article);
        assertThat(rows.get("outbox_event")).isPositive();
        Work.save(translator, ((Number) Work.segments(other).get(0).get("id")).longValue(), "tr", "Başka.", "DRAFT", 0)
                .then().statusCode(200);
        Map<String, Long> otherRows = rows(other);
        long everyHistory = count("SELECT count(*) FROM translation_history");
        long historyOfArticle = rows.get("translation_history");

        Fixtures.user("editor").request().delete("/api/articles/" + article + "?purge=true").then().statusCode(403)
                .body("code", equalTo("ROLE_MISSING"));
        assertThat(rows(article)).isEqualTo(rows);

        Fixtures.asAdmin().delete("/api/articles/" + article + "?purge=true").then().statusCode(204);

        assertThat(rows(article).values()).allMatch(n -> n == 0L);
        assertThat(count("SELECT count(*) FROM memory_suggestion WHERE segment_id IN (" + segments + ")")).isZero();
        assertThat(rows(other)).isEqualTo(otherRows);
        assertThat(count("SELECT count(*) FROM translation_history")).isEqualTo(everyHistory - historyOfArticle);
        Fixtures.asAdmin().get("/api/articles/" + article).then().statusCode(404);
        Fixtures.asAdmin().delete("/api/articles/" + article + "?purge=true").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        // History stays append-only outside a purge.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                            "DELETE FROM translation_history WHERE translation_id IN"
                                    + " (SELECT id FROM translation WHERE article_id = " + other + ")"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void titlePriorityAndDueDateChangeAndTheQueueOrderFollows() {
        long article = Work.article(3, "ru", 0);
        Account editor = Fixtures.user("editor");
        editor.request().contentType(ContentType.JSON)
                .body(Map.of("title", "  A better title ", "priority", 7, "dueDate", "2031-05-01"))
                .patch("/api/articles/" + article).then().statusCode(200)
                .body("title", equalTo("A better title")).body("priority", equalTo(7))
                .body("dueDate", equalTo("2031-05-01"));
        assertThat(count("SELECT count(*) FROM translation WHERE article_id = " + article
                + " AND priority = 7 AND due_date = '2031-05-01'")).isEqualTo(3);
        // Left out: unchanged; null: the due date goes.
        Map<String, Object> clear = new HashMap<>();
        clear.put("dueDate", null);
        editor.request().contentType(ContentType.JSON).body(clear).patch("/api/articles/" + article)
                .then().statusCode(200).body("title", equalTo("A better title")).body("priority", equalTo(7))
                .body("dueDate", equalTo(null));
        assertThat(count("SELECT count(*) FROM translation WHERE article_id = " + article
                + " AND priority = 7 AND due_date IS NULL")).isEqualTo(3);
    }

    @Test
    void aRemovedLanguageLeavesQueuesAndCountsKeepsItsHistoryAndComesBackWhole() {
        long article = Work.article(5, "ru,tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        Account editor = Fixtures.user("editor");
        long first = Work.claim(translator, "tr", 2, "&articleId=" + article).getLong("segments[0].segmentId");
        Work.save(translator, first, "tr", "Birinci cümle.", "TRANSLATED", 0).then().statusCode(200);
        long second = ((Number) Work.segments(article).get(1).get("id")).longValue();
        Work.save(translator, second, "tr", "İkinci cümle.", "DRAFT", 0).then().statusCode(200);
        Map<String, Long> rows = rows(article);
        List<Map<String, Object>> progressBefore = progressOf(article);
        JsonPath queue = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();
        long languageTotal = languageSegments("tr");

        // Without confirmation: refused, nothing changed.
        patch(editor, article, "", Map.of("targetLangs", List.of("ru"))).then().statusCode(409)
                .body("code", equalTo("REMOVAL_UNCONFIRMED")).body("removed", equalTo(List.of("tr")));
        assertThat(rows(article)).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM translation WHERE article_id = " + article + " AND active")).isEqualTo(10);

        patch(editor, article, "?confirm=true", Map.of("targetLangs", List.of("ru"))).then().statusCode(200)
                .body("targetLangs", equalTo(List.of("ru"))).body("progress.lang", equalTo(List.of("ru")));
        assertThat(rows(article)).isEqualTo(rows);
        JsonPath queueAfter = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();
        assertThat(queueAfter.getInt("newSegments")).isEqualTo(queue.getInt("newSegments") - 3);
        assertThat(queueAfter.getInt("draft")).isEqualTo(queue.getInt("draft") - 1);
        assertThat(queueAfter.getInt("awaitingReview")).isEqualTo(queue.getInt("awaitingReview") - 1);
        assertThat(languageSegments("tr")).isEqualTo(languageTotal - 5);
        Work.save(translator, second, "tr", "İkinci cümle bitti.", "TRANSLATED", 1).then().statusCode(410)
                .body("code", equalTo("LANGUAGE_REMOVED"));
        Work.approve(Fixtures.user("reviewer", "tr"), first, "tr", 1).then().statusCode(410)
                .body("code", equalTo("LANGUAGE_REMOVED"));
        assertThat(Work.claim(translator, "tr", 5, "&articleId=" + article).getList("segments")).isEmpty();

        // Added again: the same rows, statuses and counters as before, and back in the queue.
        patch(editor, article, "", Map.of("targetLangs", List.of("ru", "tr"))).then().statusCode(200);
        assertThat(rows(article)).isEqualTo(rows);
        assertThat(progressOf(article)).isEqualTo(progressBefore);
        assertThat(languageSegments("tr")).isEqualTo(languageTotal);
        JsonPath queueBack = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();
        assertThat(queueBack.getInt("newSegments")).isEqualTo(queue.getInt("newSegments"));
        assertThat(queueBack.getInt("awaitingReview")).isEqualTo(queue.getInt("awaitingReview"));
        Work.save(translator, second, "tr", "İkinci cümle bitti.", "TRANSLATED", 1).then().statusCode(200);
    }

    @Test
    void aNewLanguageGetsItsRowsAndCounters() {
        long article = Work.article(4, "ru", 0);
        Account editor = Fixtures.user("editor");
        Account translator = Fixtures.user("translator", "tr");
        Map<String, Long> rows = rows(article);
        JsonPath queue = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();

        patch(editor, article, "", Map.of("targetLangs", List.of("ru", "tr"))).then().statusCode(200)
                .body("targetLangs", equalTo(List.of("ru", "tr")))
                .body("progress[1].lang", equalTo("tr")).body("progress[1].segments", equalTo(4))
                .body("progress[1].segmentsByStatus.NEW", equalTo(4));

        Map<String, Long> after = rows(article);
        assertThat(after.get("translation")).isEqualTo(rows.get("translation") + 4);
        assertThat(after.get("outbox_event")).isEqualTo(rows.get("outbox_event"));
        JsonPath queueAfter = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();
        assertThat(queueAfter.getInt("newSegments")).isEqualTo(queue.getInt("newSegments") + 4);
        assertThat(Work.claim(translator, "tr", 4, "&articleId=" + article).getList("segments")).hasSize(4);
    }

    @Test
    void eachRefusalNamesItsCodeAndChangesNothing() {
        long article = Work.article(2, "en", "ru", 0);
        Account editor = Fixtures.user("editor");
        String before = Fixtures.asAdmin().get("/api/articles/" + article).then().statusCode(200).extract().asString();
        Map<String, Long> rows = rows(article);

        patch(editor, article, "", Map.of("title", "   ")).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        patch(editor, article, "", Map.of("title", "x".repeat(501))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(editor, article, "", Map.of("priority", 1001)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(editor, article, "", Map.of("targetLangs", List.of())).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(editor, article, "", Map.of("targetLangs", List.of("ru", "xx"))).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_LANGUAGE"));
        patch(editor, article, "", Map.of("targetLangs", List.of("ru", "en"))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(editor, article, "", Map.of("targetLangs", List.of("ru", "ru"))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        editor.request().contentType(ContentType.JSON).body("null").patch("/api/articles/" + article)
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        patch(Fixtures.user("translator", "ru").request(), article, Map.of("title", "Mine")).then().statusCode(403);
        patch(Fixtures.user("translator", "ru").request(), article, Map.of()).then().statusCode(403);
        Fixtures.user("reviewer", "ru").request().delete("/api/articles/" + article).then().statusCode(403);
        patch(editor, Long.MAX_VALUE, "", Map.of("title", "Nobody's")).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));

        assertThat(Fixtures.asAdmin().get("/api/articles/" + article).then().extract().asString()).isEqualTo(before);
        assertThat(rows(article)).isEqualTo(rows);
    }

    private static io.restassured.response.Response patch(Account who, long article, String query, Object body) {
        return who.request().contentType(ContentType.JSON).body(body).patch("/api/articles/" + article + query);
    }

    private static io.restassured.response.Response patch(RequestSpecification as, long article, Object body) {
        return as.contentType(ContentType.JSON).body(body).patch("/api/articles/" + article);
    }

    private static List<Map<String, Object>> progressOf(long article) {
        return Fixtures.asAdmin().get("/api/articles/" + article + "/progress").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    private static long languageSegments(String lang) {
        return Fixtures.asAdmin().get("/api/progress?lang=" + lang).then().statusCode(200)
                .extract().jsonPath().getLong("languages[0].segments");
    }

    /** Rows of the article in every table that holds some. */
    private Map<String, Long> rows(long article) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("article", "SELECT count(*) FROM article WHERE id = ?");
        queries.put("revision", "SELECT count(*) FROM revision WHERE article_id = ?");
        queries.put("segment", "SELECT count(*) FROM segment s JOIN revision r ON r.id = s.revision_id WHERE r.article_id = ?");
        queries.put("translation", "SELECT count(*) FROM translation WHERE article_id = ?");
        queries.put("translation_history", "SELECT count(*) FROM translation_history h JOIN translation t"
                + " ON t.id = h.translation_id WHERE t.article_id = ?");
        queries.put("translation_comment", "SELECT count(*) FROM translation_comment c JOIN translation t"
                + " ON t.id = c.translation_id WHERE t.article_id = ?");
        // Counters by their sums: a recount may fold the shard rows into fewer rows with the same sums.
        queries.put("progress", "SELECT coalesce(sum(segments_total + words_total + segments_approved), 0) FROM progress"
                + " WHERE article_id = ?");
        queries.put("outbox_event", "SELECT count(*) FROM outbox_event WHERE article_id = ?");
        queries.put("translated_document", "SELECT count(*) FROM translated_document WHERE article_id = ?");
        Map<String, Long> counts = new LinkedHashMap<>();
        queries.forEach((table, sql) -> counts.put(table, count(sql.replace("?", Long.toString(article)))));
        return counts;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the publishing worker has done with the article's events (so the purge races no worker). */
    private void waitForOutbox(long article) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count("SELECT count(*) FROM outbox_event WHERE article_id = " + article + " AND processed_at IS NULL") > 0
                || count("SELECT count(*) FROM outbox_event WHERE article_id = " + article) == 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
