package dev.tessera.publish;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.publish.Receiver.Request;
import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path through the API: an article is imported, every segment is translated into
 * Russian and approved by a reviewer, and the CMS's receiver gets one signed
 * {@code article.language.completed}, downloads the document and finds the Russian text in
 * the original markup. Withdrawing an approval then announces {@code article.language.reopened}.
 */
@QuarkusTest
class ApprovalToWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Receiver RECEIVER = new Receiver();

    @Inject
    AgroalDataSource dataSource;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void lastApprovalThroughTheApiPublishesTheArticle() throws Exception {
        String path = "/cms-" + System.nanoTime();
        JsonPath endpoint = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER.url(path),
                        "eventTypes", List.of("article.language.completed", "article.language.reopened")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");
        long article = Articles.importFile(Fixtures.user("editor").request(), "en/energy-transition.html", "en",
                Map.of("targetLangs", "ru", "externalId", Fixtures.uniqueName("cms"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Account translator = Fixtures.user("translator", "ru");
        Account reviewer = Fixtures.user("reviewer", "ru");

        List<Map<String, Object>> segments = Work.segments(article);
        for (Map<String, Object> segment : segments) {
            long id = ((Number) segment.get("id")).longValue();
            String target = "Перевод: " + segment.get("source");
            Work.save(translator, id, "ru", target, "TRANSLATED", 0).then().statusCode(200);
            Work.approve(reviewer, id, "ru", 1).then().statusCode(200);
        }

        Request completed = RECEIVER.await(path, 1, WAIT, r -> r.body().contains("article.language.completed")).get(0);
        assertThat(completed.verifies(secret)).as("signature verified with the Standard Webhooks library").isTrue();
        JsonPath payload = JsonPath.from(completed.body());
        assertThat(payload.getLong("data.articleId")).isEqualTo(article);
        assertThat(payload.getString("data.lang")).isEqualTo("ru");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(payload.getString("data.document.url")))
                        .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body().length).isEqualTo(payload.getInt("data.document.size"));
        String html = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\">")
                .contains("<title>Перевод: Grid queues, not panels, now set the pace of the energy transition</title>")
                .contains(" Перевод: Developers in Spain, Germany and the Netherlands say")
                .contains("Перевод: Her team estimates that every year of delay adds 6–8%");
        assertThat(html.split("Перевод: ", -1)).hasSize(segments.size() + 1);

        // The same event is never announced twice: one webhook-id, whatever the retries.
        PublishingDrained.await(dataSource, article, endpoint.getLong("endpoint.id"), WAIT);
        assertThat(RECEIVER.requests(path).stream().filter(r -> r.body().contains("article.language.completed"))
                .map(r -> r.header("webhook-id")).distinct()).hasSize(1);

        long first = ((Number) segments.get(0).get("id")).longValue();
        Work.reject(reviewer, first, "ru", 2, "Термин неверен").then().statusCode(200);
        Request reopened = RECEIVER.await(path, 1, WAIT, r -> r.body().contains("article.language.reopened")).get(0);
        assertThat(reopened.verifies(secret)).isTrue();
        asAdmin().get("/api/articles/" + article + "/translations/ru/document").then().statusCode(409);
    }
}
