package dev.tessera.article;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Import through the API: one transaction, the right rows, identical bytes are a no-op. */
@QuarkusTest
class ArticleImportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void htmlImportCreatesSegmentsTranslationsAndProgress() {
        Account editor = Fixtures.user("editor");
        JsonPath article = Articles.importFile(editor.request(), "en/energy-transition.html", "en",
                        Map.of("externalId", Fixtures.uniqueName("cms"), "priority", "5", "dueDate", "2026-12-31"))
                .then().statusCode(201).contentType("application/json")
                .body("sourceLang", equalTo("en"))
                .body("targetLangs", equalTo(List.of("tr", "ru")))
                .body("format", equalTo("html"))
                .body("priority", equalTo(5))
                .body("dueDate", equalTo("2026-12-31"))
                .body("revision.number", equalTo(1))
                .body("progress.lang", equalTo(List.of("tr", "ru")))
                .extract().jsonPath();
        long id = article.getLong("id");
        int segments = article.getInt("revision.segmentCount");
        int words = article.getInt("revision.wordCount");
        assertThat(segments).isGreaterThan(30);
        assertThat(article.getInt("progress[0].segments")).isEqualTo(segments);
        assertThat(article.getInt("progress[0].words")).isEqualTo(words);
        assertThat(article.getInt("progress[0].segmentsByStatus.NEW")).isEqualTo(segments);
        assertThat(article.getDouble("progress[0].percentApproved")).isZero();
        assertThat(article.getString("revision.sha256")).hasSize(64);

        JsonPath page = editor.request().get("/api/articles/" + id + "/segments?size=500")
                .then().statusCode(200).body("total", equalTo(segments)).extract().jsonPath();
        List<String> sources = page.getList("items.plainText");
        assertThat(sources).contains(
                "Developers in Spain, Germany and the Netherlands say the wait for a connection date now runs to five years or more, i.e. longer than it takes to build the wind farm itself.",
                "Her team estimates that every year of delay adds 6–8% to the financing cost of a typical utility-scale solar park.");
        assertThat(page.getString("items[0].translations.tr.status")).isEqualTo("NEW");
        assertThat(page.getInt("items[0].translations.ru.version")).isZero();
        assertThat(String.join("\n", sources)).doesNotContain("TSR-EN-ENR-0912").doesNotContain("GridQueue Tracker");
        assertThat(page.getList("items.source", String.class)).anyMatch(s -> s.matches(".*<\\d+>.*</\\d+>.*"));

        editor.request().get("/api/articles/" + id + "/segments?lang=tr&status=NEW&size=1")
                .then().statusCode(200).body("total", equalTo(segments)).body("items", hasSize(1))
                .body("items[0].translations.keySet()", equalTo(java.util.Set.of("tr")));
        editor.request().get("/api/articles/" + id + "/segments?lang=tr&status=APPROVED")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /**
     * An article longer than two runs of {@link RevisionSegments#RUN}: the translation rows are written
     * run by run while the extraction goes on, and none is lost or doubled at a run's edge.
     */
    @Test
    void everySegmentOfALongArticleGetsOneRowPerLanguage() throws SQLException {
        int sentences = 2 * RevisionSegments.RUN + 17;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Sentence number ").append(i).append(" reports the vote.").append(i % 40 == 39 ? "\n\n" : " ");
        }
        long id = Fixtures.user("editor").request()
                .multiPart("file", "long.txt", text.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("sourceLang", "en").multiPart("externalId", Fixtures.uniqueName("long"))
                .post("/api/articles").then().statusCode(201)
                .body("revision.segmentCount", equalTo(sentences))
                .body("progress.segmentsByStatus.NEW", equalTo(List.of(sentences, sentences)))
                .extract().jsonPath().getLong("id");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT count(*), count(DISTINCT (t.segment_id, t.lang)), min(t.position), max(t.position),
                            count(*) FILTER (WHERE t.position <> s.position)
                     FROM translation t JOIN segment s ON s.id = t.segment_id WHERE t.article_id = """ + id)) {
            r.next();
            assertThat(r.getLong(1)).as("rows").isEqualTo(2L * sentences);
            assertThat(r.getLong(2)).as("distinct (segment, language)").isEqualTo(2L * sentences);
            assertThat(r.getInt(3)).isZero();
            assertThat(r.getInt(4)).isEqualTo(sentences - 1);
            assertThat(r.getLong(5)).as("rows whose position is not their segment's").isZero();
        }
    }

    @Test
    void sourceComesBackByteForByte() {
        Account editor = Fixtures.user("editor");
        long id = Articles.importFile(editor.request(), "tr/enerji-donusumu.html", "tr")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] source = Fixtures.user("translator", "en").request().get("/api/articles/" + id + "/source")
                .then().statusCode(200).contentType("text/html").extract().asByteArray();
        assertThat(source).isEqualTo(Articles.bytes("tr/enerji-donusumu.html"));
    }

    @Test
    void identicalBytesAgainAreANoOp() {
        Account editor = Fixtures.user("editor");
        String externalId = Fixtures.uniqueName("cms");
        long id = Articles.importFile(editor.request(), "ru/energeticheskiy-perekhod.html", "ru",
                Map.of("externalId", externalId)).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Long> before = RowCounts.of(dataSource);
        Articles.importFile(editor.request(), "ru/energeticheskiy-perekhod.html", "ru", Map.of("externalId", externalId))
                .then().statusCode(200).body("id", equalTo((int) id));
        editor.request().contentType("text/html").body(Articles.bytes("ru/energeticheskiy-perekhod.html"))
                .put("/api/articles/by-external-id/" + externalId + "?sourceLang=ru")
                .then().statusCode(200).body("article.id", equalTo((int) id)).body("changed", equalTo(false));
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);

        // Other bytes under the same external id are a source update (SourceUpdateTest); through the
        // multipart import they are refused, as an import never replaces an article.
        editor.request().contentType("text/html").body("<html><body><p>Совсем другой текст.</p></body></html>")
                .put("/api/articles/by-external-id/" + externalId + "?sourceLang=ru")
                .then().statusCode(200).body("changed", equalTo(true)).body("article.revision.number", equalTo(2));
    }

    @Test
    void withoutExternalIdTheSameBytesFindTheSameArticle() {
        Account editor = Fixtures.user("editor");
        byte[] html = ("<html><body><h1>Bir başlık " + System.nanoTime() + "</h1><p>Birinci cümle. İkinci cümle.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long id = editor.request().multiPart("file", "a.html", html).multiPart("sourceLang", "tr")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        editor.request().multiPart("file", "b.html", html).multiPart("sourceLang", "tr")
                .post("/api/articles").then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void upsertCreatesFromRawBody() {
        Account editor = Fixtures.user("editor");
        String externalId = Fixtures.uniqueName("cms");
        editor.request().contentType("text/markdown").body(Articles.bytes("en/central-banks.md"))
                .queryParam("sourceLang", "en").queryParam("targetLangs", "ru").queryParam("title", "Central banks")
                .put("/api/articles/by-external-id/" + externalId)
                .then().statusCode(201).body("externalId", equalTo(externalId)).body("format", equalTo("markdown"))
                .body("title", equalTo("Central banks")).body("targetLangs", equalTo(List.of("ru")));
    }

    @Test
    void titleDefaultsToTheFirstSentence() {
        Account editor = Fixtures.user("editor");
        editor.request().multiPart("file", "t.txt", ("Sadece bir cümle " + System.nanoTime() + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .multiPart("sourceLang", "tr").post("/api/articles")
                .then().statusCode(201).body("title", org.hamcrest.Matchers.startsWith("Sadece bir cümle"));
    }

    @Test
    void listFiltersByLanguageStatusAndText() {
        Account editor = Fixtures.user("editor");
        String title = Fixtures.uniqueName("Findable title");
        long id = Articles.importFile(editor.request(), "en/briefing.txt", "en", Map.of("title", title, "targetLangs", "ru"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        editor.request().get("/api/articles?q=" + title).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        editor.request().get("/api/articles?q=" + title + "&lang=tr").then().body("total", equalTo(0));
        editor.request().get("/api/articles?q=" + title + "&lang=ru&status=NEW").then().body("total", equalTo(1));
        editor.request().get("/api/articles?q=" + title + "&status=APPROVED").then().body("total", equalTo(0));
        editor.request().get("/api/articles?size=1").then().statusCode(200).body("items", hasSize(1));
        editor.request().get("/api/articles?status=DONE").then().statusCode(400).body("violations[0].field", equalTo("status"));
        editor.request().get("/api/articles?lang=de").then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE"));
    }

    @Test
    void everyoneSignedInReadsOnlyEditorsImport() {
        Account translator = Fixtures.user("translator", "tr");
        Articles.importFile(translator.request(), "en/briefing.txt", "en").then().statusCode(403);
        translator.request().get("/api/articles").then().statusCode(200);
        Account editor = Fixtures.user("editor");
        long id = Articles.importFile(editor.request(), "tr/brifing.txt", "tr", Map.of("title", Fixtures.uniqueName("x")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        translator.request().get("/api/articles/" + id).then().statusCode(200).body("progress.lang", hasItem("en"));
        asAdmin().get("/api/articles/" + id + "/progress").then().statusCode(200).body("lang", equalTo(List.of("en", "ru")));
        asAdmin().get("/api/articles/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
