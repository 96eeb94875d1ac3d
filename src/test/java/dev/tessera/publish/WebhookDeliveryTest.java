package dev.tessera.publish;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.tessera.publish.Receiver.Request;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook delivery against a real receiver on 127.0.0.1: signatures the Standard Webhooks
 * library verifies, one webhook-id across retries, back-off through 500, a timeout and a
 * dropped connection, 410 disabling, Retry-After, redirects refused, endpoints disabled after
 * repeated failures, the delivery log, redelivery and secret rotation. Test profile: 1 s
 * timeout, five retries 200 ms apart, disabled after 3 failed deliveries.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Receiver RECEIVER = new Receiver();

    private final List<Long> created = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void deleteEndpoints() {
        created.forEach(id -> asAdmin().delete("/api/webhooks/" + id));
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    /** An endpoint at a fresh path; subscribed to an event nothing records here, so only test messages arrive. */
    private JsonPath endpoint(String path) {
        JsonPath json = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER.url(path), "description", "test receiver",
                        "eventTypes", List.of("article.language.reopened")))
                .post("/api/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("endpoint.active", equalTo(true))
                .extract().jsonPath();
        created.add(json.getLong("endpoint.id"));
        return json;
    }

    private static String path() {
        return "/hook-" + UUID.randomUUID();
    }

    private static void sendTest(long id) {
        asAdmin().post("/api/webhooks/" + id + "/test").then().statusCode(202);
    }

    @Test
    void testMessageArrivesSignedAndTheSecretIsShownOnlyOnce() throws IOException {
        String path = path();
        JsonPath endpoint = endpoint(path);
        long id = endpoint.getLong("endpoint.id");
        String secret = endpoint.getString("secret");

        sendTest(id);

        Request request = RECEIVER.await(path, 1, WAIT).get(0);
        assertThat(request.verifies(secret)).isTrue();
        assertThat(request.verifies(WebhookSigner.newSecret())).isFalse();
        assertThat(request.header("webhook-id")).startsWith("msg_");
        assertThat(request.header("webhook-signature")).startsWith("v1,");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("Tessera-Webhooks/1");
        JsonPath body = JsonPath.from(request.body());
        assertThat(body.getString("type")).isEqualTo("webhook.test");
        assertThat(body.getString("timestamp")).isNotBlank();
        assertThat(body.getLong("data.endpointId")).isEqualTo(id);

        String got = asAdmin().get("/api/webhooks/" + id).then().statusCode(200).extract().asString();
        String listed = asAdmin().get("/api/webhooks?size=500").then().statusCode(200).extract().asString();
        assertThat(got).doesNotContain(secret).doesNotContain("whsec_");
        assertThat(listed).doesNotContain(secret).doesNotContain("whsec_");
        awaitDelivery(id, "SUCCEEDED");
        String rotated = asAdmin().post("/api/webhooks/" + id + "/rotate-secret").then().extract().path("secret");
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).contains("Webhook endpoint " + id + " created")
                .doesNotContain(secret.substring(6)).doesNotContain(rotated.substring(6))
                .doesNotContain(request.header("webhook-signature").substring(3));
    }

    @Test
    void aTestMessageGoesToItsOwnEndpointOnly() {
        String path = path();
        String other = path();
        long id = endpoint(path).getLong("endpoint.id");
        long otherId = endpoint(other).getLong("endpoint.id");

        sendTest(id);

        RECEIVER.await(path, 1, WAIT);
        PublishingDrained.await(dataSource, null, id, WAIT);
        assertThat(RECEIVER.requests(other)).isEmpty();
        assertThat(awaitDelivery(id, "SUCCEEDED").getList("items")).hasSize(1);
        asAdmin().get("/api/webhooks/" + otherId + "/deliveries").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void failuresAreRetriedWithTheSameWebhookIdUntilTheMessageArrives() {
        String path = path();
        JsonPath endpoint = endpoint(path);
        long id = endpoint.getLong("endpoint.id");
        RECEIVER.script(path, Receiver.status(500), Receiver.hang(Duration.ofMillis(6000)), Receiver.drop());

        sendTest(id);

        List<Request> requests = RECEIVER.await(path, 4, WAIT);
        assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(requests.get(0).header("webhook-id"));
        assertThat(requests).allMatch(r -> r.verifies(endpoint.getString("secret")));
        JsonPath delivery = awaitDelivery(id, "SUCCEEDED");
        assertThat(delivery.getString("items[0].webhookId")).isEqualTo(requests.get(0).header("webhook-id"));
        assertThat(delivery.getInt("items[0].attempts")).isEqualTo(4);
        List<Map<String, Object>> attempts = delivery.getList("items[0].attemptLog");
        assertThat(attempts).hasSize(4);
        assertThat(attempts.get(0)).containsEntry("statusCode", 500).containsEntry("responseExcerpt", "status 500");
        assertThat((String) attempts.get(1).get("error")).contains("timeout");
        assertThat(attempts.get(1).get("statusCode")).isNull();
        assertThat((Integer) attempts.get(1).get("durationMs")).isGreaterThanOrEqualTo(2900);
        assertThat(attempts.get(2).get("statusCode")).isNull();
        assertThat((String) attempts.get(2).get("error")).isEqualTo("the connection closed before an answer came");
        assertThat(attempts.get(3)).containsEntry("statusCode", 200);
        assertThat(attempts).allSatisfy(a -> assertThat(a.get("startedAt")).isNotNull());
    }

    @Test
    void gone410DisablesTheEndpoint() {
        String path = path();
        long id = endpoint(path).getLong("endpoint.id");
        RECEIVER.script(path, Receiver.status(410));

        sendTest(id);

        RECEIVER.await(path, 1, WAIT);
        awaitDelivery(id, "FAILED");
        asAdmin().get("/api/webhooks/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", containsString("410"));
    }

    @Test
    void retryAfterIsHonoured() {
        String path = path();
        long id = endpoint(path).getLong("endpoint.id");
        RECEIVER.script(path, Receiver.status(429, Map.of("Retry-After", "2")));

        sendTest(id);

        RECEIVER.await(path, 2, WAIT);
        // Timed from the attempt log, as the sender saw it: from the moment the 429 came back to the
        // next attempt's start (the receiver's clock would also count how late its threads ran).
        List<Map<String, Object>> attempts = awaitDelivery(id, "SUCCEEDED").getList("items[0].attemptLog");
        assertThat(attempts).as("attempts").hasSize(2);
        assertThat(attempts.get(0).get("statusCode")).as("the first attempt's answer: %s", attempts).isEqualTo(429);
        Instant answered = Instant.parse((String) attempts.get(0).get("startedAt"))
                .plusMillis((Integer) attempts.get(0).get("durationMs"));
        assertThat(Duration.between(answered, Instant.parse((String) attempts.get(1).get("startedAt"))))
                .as("the wait after the 429: %s", attempts).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void redirectsAreNotFollowedAndCountAsFailures() {
        String path = path();
        String target = path + "-target";
        long id = endpoint(path).getLong("endpoint.id");
        Map<String, String> location = Map.of("Location", RECEIVER.url(target));
        RECEIVER.script(path, Receiver.status(302, location), Receiver.status(302, location), Receiver.status(302, location),
                Receiver.status(302, location), Receiver.status(302, location), Receiver.status(302, location));

        sendTest(id);

        JsonPath log = awaitDelivery(id, "FAILED");
        assertThat(RECEIVER.requests(target)).isEmpty();
        assertThat(RECEIVER.requests(path)).hasSize(6);
        assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(302);
        assertThat(log.getString("items[0].lastError")).contains("redirect");
        asAdmin().get("/api/webhooks/" + id).then().body("active", equalTo(true)).body("consecutiveFailures", equalTo(1));
    }

    @Test
    void anEndpointWhoseLastDeliveriesAllFailedIsDisabledAndRedeliveryWorksAfterEnabling() {
        String path = path();
        long id = endpoint(path).getLong("endpoint.id");
        List<Receiver.Reply> failures = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            failures.add(Receiver.status(500));
        }
        RECEIVER.script(path, failures.toArray(Receiver.Reply[]::new));

        for (int i = 0; i < 3; i++) {
            sendTest(id);
            awaitDeliveries(id, i + 1, "FAILED");
        }

        asAdmin().get("/api/webhooks/" + id).then().statusCode(200).body("active", equalTo(false))
                .body("disabledReason", equalTo("the last 3 deliveries failed"));
        JsonPath log = asAdmin().get("/api/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("total", equalTo(3)).extract().jsonPath();
        assertThat(log.getList("items[0].attemptLog")).hasSize(6);
        long deliveryId = log.getLong("items[2].id");
        String webhookId = log.getString("items[2].webhookId");

        asAdmin().contentType(ContentType.JSON).body(Map.of("active", true)).patch("/api/webhooks/" + id)
                .then().statusCode(200).body("active", equalTo(true)).body("disabledReason", equalTo(null));
        asAdmin().post("/api/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202);

        Request again = RECEIVER.await(path, 19, WAIT).get(18);
        assertThat(again.header("webhook-id")).isEqualTo(webhookId);
        awaitDeliveries(id, 1, "SUCCEEDED");
        asAdmin().post("/api/webhooks/" + id + "/deliveries/999999999/redeliver").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void afterARotationTheOldSecretStillVerifies() {
        String path = path();
        JsonPath endpoint = endpoint(path);
        long id = endpoint.getLong("endpoint.id");
        String old = endpoint.getString("secret");

        JsonPath rotated = asAdmin().post("/api/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        String fresh = rotated.getString("secret");
        assertThat(fresh).isNotEqualTo(old);
        sendTest(id);

        Request request = RECEIVER.await(path, 1, WAIT).get(0);
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(request.verifies(fresh)).isTrue();
        assertThat(request.verifies(old)).isTrue();
        asAdmin().get("/api/webhooks/" + id).then().body("previousSecretExpiresAt", notNullValue());
    }

    @Test
    void endpointsAreValidated() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("url", "ftp://example.org/hook"),
                Map.of("url", "https://no-such-host.invalid/hook"),
                Map.of("url", RECEIVER.url("/x"), "eventTypes", List.of("article.deleted")),
                Map.of("url", RECEIVER.url("/x"), "eventTypes", List.of()))) {
            asAdmin().contentType(ContentType.JSON).body(bad).post("/api/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        JsonPath defaults = asAdmin().contentType(ContentType.JSON).body(Map.of("url", RECEIVER.url("/defaults")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        created.add(defaults.getLong("endpoint.id"));
        assertThat(defaults.getList("endpoint.eventTypes"))
                .containsExactly("article.language.completed", "article.completed", "article.language.reopened");
        asAdmin().get("/api/webhooks/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    private static JsonPath awaitDelivery(long endpointId, String status) {
        return awaitDeliveries(endpointId, 1, status);
    }

    /** Waits until {@code count} of the endpoint's deliveries have the status; returns the log. */
    private static JsonPath awaitDeliveries(long endpointId, int count, String status) {
        long end = System.nanoTime() + WAIT.toNanos();
        JsonPath log = null;
        while (System.nanoTime() < end) {
            log = asAdmin().get("/api/webhooks/" + endpointId + "/deliveries").then().statusCode(200).extract().jsonPath();
            if (log.getList("items.status").stream().filter(status::equals).count() >= count) {
                return log;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No " + count + " " + status + " deliveries: " + (log == null ? "" : log.prettify()));
    }
}
