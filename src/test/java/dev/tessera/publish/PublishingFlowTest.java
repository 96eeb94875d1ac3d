package dev.tessera.publish;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.common.Sha256;
import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.publish.Receiver.Request;
import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * From approval to the publishing system: approvals written with SQL, the completion event
 * recorded as the approving transaction will record it, and then what a CMS sees — a signed
 * {@code article.language.completed} with a link, the document behind that link with the
 * translation in the original markup, {@code article.completed} once every language is done;
 * and what an editor sees — 409 while incomplete, a draft preview with the source text where
 * nothing is approved.
 */
@QuarkusTest
class PublishingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Receiver RECEIVER = new Receiver();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void anApprovedLanguageIsReassembledStoredAndAnnounced() throws Exception {
        String path = "/cms-" + System.nanoTime();
        JsonPath endpoint = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER.url(path), "eventTypes", List.of("article.language.completed", "article.completed")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");
        String externalId = Fixtures.uniqueName("cms");
        JsonPath article = Articles.importFile(Fixtures.user("editor").request(), "en/energy-transition.html", "en",
                Map.of("externalId", externalId, "targetLangs", "tr,ru")).then().statusCode(201).extract().jsonPath();
        long id = article.getLong("id");
        long revision = article.getLong("revision.id");
        String documentPath = "/api/articles/" + id + "/translations/tr/document";
        var reader = Fixtures.user("translator", "tr"); // documents are read in one's own languages

        reader.request().get(documentPath).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("LANGUAGE_INCOMPLETE"));
        List<Approvals.Segment> segments = Approvals.segments(id);
        int half = segments.size() / 2;
        Approvals.approve(dataSource, id, "tr", p -> p < half, source -> "[tr] " + source);
        String preview = reader.request().get(documentPath + "?draft=true").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertThat(preview).contains("[tr] ").contains("<html lang=\"tr\">");
        assertThat(count(preview, "[tr] ")).isEqualTo(half);
        Approvals.Segment untranslated = segments.stream().filter(s -> s.position() >= half && !s.source().contains("<"))
                .findFirst().orElseThrow();
        assertThat(preview).contains(untranslated.source()).doesNotContain("[tr] " + untranslated.source());
        reader.request().get(documentPath).then().statusCode(409).body("code", equalTo("LANGUAGE_INCOMPLETE"));

        Approvals.approveAll(dataSource, id, "tr", source -> "[tr] " + source);
        QuarkusTransaction.requiringNew().run(() -> outbox.record(EventTypes.LANGUAGE_COMPLETED, id, "tr", revision, Map.of()));

        Request completed = RECEIVER.await(path, 1, WAIT, r -> isAbout(r, "article.language.completed", id)).get(0);
        assertThat(completed.verifies(secret)).isTrue();
        JsonPath payload = JsonPath.from(completed.body());
        assertThat(payload.getString("data.lang")).isEqualTo("tr");
        assertThat(payload.getString("data.externalId")).isEqualTo(externalId);
        assertThat(payload.getInt("data.revision")).isEqualTo(1);
        assertThat(payload.getString("data.document.contentType")).isEqualTo("text/html; charset=UTF-8");
        String url = payload.getString("data.document.url");
        assertThat(url).endsWith(documentPath);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Sha256.hex(download.body())).isEqualTo(payload.getString("data.document.sha256"));
        assertThat(download.body().length).isEqualTo(payload.getInt("data.document.size"));
        assertThat(download.headers().firstValue("ETag")).contains("\"" + payload.getString("data.document.sha256") + "\"");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
                .contains("energy-transition.tr.html");
        String html = new String(download.body(), StandardCharsets.UTF_8);
        String original = new String(Articles.bytes("en/energy-transition.html"), StandardCharsets.UTF_8);
        assertThat(count(html, "[tr] ")).isEqualTo(segments.size());
        assertThat(html).contains("<html lang=\"tr\">").contains("[tr] " + untranslated.source());
        // the markup is the original's, but for the language and the charset written in upper case (docs/DOCUMENTS.md)
        assertThat(html.replace("[tr] ", "").replace("<html lang=\"tr\">", "<html lang=\"en\">"))
                .isEqualTo(original.replace("charset=\"utf-8\"", "charset=\"UTF-8\""));
        assertThat(RECEIVER.requests(path)).noneMatch(r -> isAbout(r, "article.completed", id));
        // a target changed and approved again: the stored copy is stale and never served
        Approvals.approve(dataSource, id, "tr", p -> p == untranslated.position(), source -> "[tr2] " + source);
        asAdmin().get(documentPath).then().statusCode(200)
                .body(containsString("[tr2] " + untranslated.source()));

        Approvals.approveAll(dataSource, id, "ru", source -> "[ru] " + source);
        QuarkusTransaction.requiringNew().run(() -> outbox.record(EventTypes.LANGUAGE_COMPLETED, id, "ru", revision, Map.of()));
        Request done = RECEIVER.await(path, 1, WAIT, r -> isAbout(r, "article.completed", id)).get(0);
        assertThat(done.verifies(secret)).isTrue();
        assertThat(JsonPath.from(done.body()).getList("data.languages.lang")).containsExactly("tr", "ru");
        // the same completion recorded twice: another message, but the article is not announced again
        QuarkusTransaction.requiringNew().run(() -> outbox.record(EventTypes.LANGUAGE_COMPLETED, id, "ru", revision, Map.of()));
        List<Request> languageMessages = RECEIVER.await(path, 3, WAIT, r -> isAbout(r, "article.language.completed", id));
        PublishingDrained.await(dataSource, id, endpoint.getLong("endpoint.id"), WAIT);
        assertThat(RECEIVER.requests(path).stream().filter(r -> isAbout(r, "article.completed", id))).hasSize(1);
        assertThat(languageMessages.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(3);
        asAdmin().get("/api/articles/" + id + "/translations/ru/document").then().statusCode(200)
                .body(containsString("[ru] "));
        asAdmin().delete("/api/webhooks/" + endpoint.getLong("endpoint.id")).then().statusCode(204);
    }

    @Test
    void unknownArticlesAndLanguagesAre404() {
        long id = Articles.importFile(Fixtures.user("editor").request(), "en/briefing.txt", "en",
                Map.of("targetLangs", "tr", "externalId", Fixtures.uniqueName("cms"))).then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().get("/api/articles/999999999/translations/tr/document").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        asAdmin().get("/api/articles/" + id + "/translations/ru/document?draft=true").then().statusCode(404);
        asAdmin().get("/api/articles/" + id + "/translations/en/document").then().statusCode(404);
    }

    private static boolean isAbout(Request r, String type, long articleId) {
        JsonPath body = JsonPath.from(r.body());
        return type.equals(body.getString("type")) && Objects.equals(body.getLong("data.articleId"), articleId);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
