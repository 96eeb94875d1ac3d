package dev.tessera.article;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Source updates that must be refused, each with its code, leaving every table as it was. */
@QuarkusTest
class SourceUpdateRefusalTest {

    @Inject
    AgroalDataSource dataSource;

    private void refused(int status, String code, Supplier<ValidatableResponse> call) {
        Map<String, Long> before = TranslatedArticle.rowCounts(dataSource);
        call.get().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
        assertThat(TranslatedArticle.rowCounts(dataSource)).isEqualTo(before);
    }

    private static long article(String externalId) {
        return Articles.importFile(asAdmin(), "en/newsletter.json", "en", Map.of("externalId", externalId, "targetLangs", "tr"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void refusalsLeaveNothingBehind() {
        String externalId = Fixtures.uniqueName("cms");
        long id = article(externalId);
        refused(415, "UNSUPPORTED_FORMAT", () -> asAdmin().contentType("text/plain").body("Some text.")
                .put("/api/articles/" + id + "/source?format=nonsense").then());
        refused(422, "MALFORMED_DOCUMENT", () -> asAdmin().contentType("application/json")
                .body(Articles.bytes("bad/broken.json")).put("/api/articles/" + id + "/source").then());
        refused(422, "NOTHING_TO_TRANSLATE", () -> asAdmin().contentType("text/html")
                .body(Articles.bytes("bad/only-markup.html")).put("/api/articles/" + id + "/source?format=html").then());
        refused(409, "SOURCE_LANGUAGE_MISMATCH", () -> asAdmin().contentType("application/json")
                .body(Articles.bytes("tr/bulten.json")).put("/api/articles/by-external-id/" + externalId + "?sourceLang=tr").then());
        refused(404, "NOT_FOUND", () -> asAdmin().contentType("application/json")
                .body(Articles.bytes("en/newsletter.json")).put("/api/articles/" + (id + 100_000) + "/source").then());
        refused(400, "VALIDATION_FAILED", () -> asAdmin().multiPart("format", "json")
                .put("/api/articles/" + id + "/source").then());
        refused(400, "NUL_CHARACTER", () -> asAdmin().multiPart("file", "news.json", Articles.bytes("en/newsletter.json"),
                "application/json").multiPart("format", "js\u0000on").put("/api/articles/" + id + "/source").then());
        refused(400, "NUL_CHARACTER", () -> asAdmin().multiPart("file", "ne\u0000ws.json", Articles.bytes("en/newsletter.json"),
                "application/json").put("/api/articles/" + id + "/source").then());
        refused(403, "ROLE_MISSING", () -> Fixtures.user("translator", "tr").request().contentType("application/json")
                .body(Articles.bytes("tr/bulten.json")).put("/api/articles/" + id + "/source").then());
    }

    @Test
    void anotherArticlesExternalIdUpdatesOnlyThatArticle() {
        String first = Fixtures.uniqueName("cms");
        String second = Fixtures.uniqueName("cms");
        long a = article(first);
        long b = article(second);
        String json = new String(Articles.bytes("en/newsletter.json"), java.nio.charset.StandardCharsets.UTF_8);
        asAdmin().contentType("application/json").body(json.replace("Sept. 5", "Sept. 6"))
                .put("/api/articles/by-external-id/" + second + "?sourceLang=en").then().statusCode(200)
                .body("article.id", equalTo((int) b)).body("article.revision.number", equalTo(2));
        asAdmin().get("/api/articles/" + a).then().statusCode(200).body("revision.number", equalTo(1));
    }
}
