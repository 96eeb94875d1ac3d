package dev.tessera.article;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An editor's segmentation fixes on a translated article: the translations involved become
 * STALE with the old target, counts stay exact, and the reassembled document is right once the
 * new segments are translated and approved.
 */
@QuarkusTest
class SegmentFixesTest {

    @Inject
    AgroalDataSource dataSource;

    private static byte[] page(String unique) {
        return ("<html><body><h1>Fixes " + unique + "</h1>"
                + "<p>Alpha beta; gamma <b>delta</b> end. One sentence. Two sentence.</p>"
                + "<p>Last paragraph here.</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> segment(long article, String start) {
        return Work.segments(article).stream().filter(s -> ((String) s.get("plainText")).startsWith(start))
                .findFirst().orElseThrow();
    }

    private static long id(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }

    /** Translates and approves in Turkish every segment not approved yet: "[tr] " + its source. */
    private static void approveAll(long article) {
        for (Map<String, Object> s : Work.segments(article)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> tr = ((Map<String, Map<String, Object>>) s.get("translations")).get("tr");
            if (!"APPROVED".equals(tr.get("status"))) {
                int version = ((Number) tr.get("version")).intValue();
                Work.save(TranslatedArticle.TRANSLATOR, id(s), "tr", "[tr] " + s.get("source"), "TRANSLATED", version)
                        .then().statusCode(200);
                Work.approve(TranslatedArticle.REVIEWER, id(s), "tr", version + 1).then().statusCode(200);
            }
        }
    }

    private static String document(long article) {
        return asAdmin().get("/api/articles/" + article + "/translations/tr/document").then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aSplitSegmentIsReassembledAsOneSentenceOfTheFilter() {
        long article = TranslatedArticle.of(page(Fixtures.uniqueName("split")), Fixtures.uniqueName("split"));
        Map<String, Object> alpha = segment(article, "Alpha beta");
        assertThat(alpha.get("plainText")).isEqualTo("Alpha beta; gamma delta end.");

        JsonPath answer = asAdmin().contentType(ContentType.JSON).body(Map.of("offset", "Alpha beta; ".length()))
                .post("/api/articles/" + article + "/segments/" + id(alpha) + "/split")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("segments.plainText", String.class)).containsExactly("Alpha beta;", "gamma delta end.");
        assertThat(answer.getList("segments.translations.tr.status", String.class)).containsExactly("STALE", "STALE");
        assertThat(answer.getString("segments[0].translations.tr.target")).isEqualTo("[tr] " + alpha.get("source"));
        assertThat(answer.getString("segments[1].sourceChange.previousSource")).isEqualTo("Alpha beta; gamma delta end.");
        assertThat(answer.getLong("segments[0].id")).isEqualTo(id(alpha));
        TranslatedArticle.assertCountersExact(dataSource, article);
        assertThat(TranslatedArticle.query(dataSource, "SELECT type, count(*) FROM outbox_event WHERE article_id = ?"
                + " GROUP BY type", article)).containsEntry("article.language.reopened", 1);

        approveAll(article);
        assertThat(document(article))
                .contains("<p>[tr] Alpha beta; [tr] gamma <b>delta</b> end. [tr] One sentence. [tr] Two sentence.</p>");
    }

    @Test
    void aMergedSegmentIsReassembledInPlaceOfTheFiltersTwo() {
        long article = TranslatedArticle.of(page(Fixtures.uniqueName("merge")), Fixtures.uniqueName("merge"));
        Map<String, Object> one = segment(article, "One sentence");
        long two = id(segment(article, "Two sentence"));
        int total = Work.segments(article).size();

        JsonPath answer = asAdmin().post("/api/articles/" + article + "/segments/" + id(one) + "/merge-next")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("segments.plainText", String.class)).containsExactly("One sentence. Two sentence.");
        assertThat(answer.getString("segments[0].translations.tr.status")).isEqualTo("STALE");
        assertThat(answer.getString("segments[0].translations.tr.target")).isEqualTo("[tr] One sentence. [tr] Two sentence.");
        assertThat(Work.segments(article)).hasSize(total - 1);
        TranslatedArticle.assertCountersExact(dataSource, article);
        Work.save(TranslatedArticle.TRANSLATOR, two, "tr", "[tr] late", "DRAFT", 2)
                .then().statusCode(410).body("code", equalTo("SEGMENT_REMOVED"));

        approveAll(article);
        assertThat(document(article))
                .contains("<p>[tr] Alpha beta; gamma <b>delta</b> end. [tr] One sentence. Two sentence.</p>");
    }

    @Test
    void refusedFixesChangeNothing() {
        long article = TranslatedArticle.of(page(Fixtures.uniqueName("refuse")), Fixtures.uniqueName("refuse"));
        long alpha = id(segment(article, "Alpha beta"));
        long two = id(segment(article, "Two sentence"));
        long last = id(segment(article, "Last paragraph"));
        Map<String, Long> before = TranslatedArticle.rowCounts(dataSource);
        asAdmin().contentType(ContentType.JSON).body(Map.of("offset", "Alpha beta; gamma de".length()))
                .post("/api/articles/" + article + "/segments/" + alpha + "/split")
                .then().statusCode(422).body("code", equalTo("SPLIT_UNBALANCED_CODES"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("offset", 0))
                .post("/api/articles/" + article + "/segments/" + alpha + "/split")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().post("/api/articles/" + article + "/segments/" + two + "/merge-next")
                .then().statusCode(409).body("code", equalTo("MERGE_ACROSS_TEXT_UNITS"));
        asAdmin().post("/api/articles/" + article + "/segments/" + last + "/merge-next")
                .then().statusCode(409).body("code", equalTo("NO_NEXT_SEGMENT"));
        asAdmin().post("/api/articles/" + (article + 100_000) + "/segments/" + last + "/merge-next")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(TranslatedArticle.rowCounts(dataSource)).isEqualTo(before);
        assertThat(List.of(alpha, two, last)).doesNotHaveDuplicates();
    }
}
