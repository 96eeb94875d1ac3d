package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.publish.Receiver.Request;
import dev.tessera.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Webhook delivery across restarts and instances, with the packaged service: a message whose
 * first attempt failed still arrives, with the same webhook-id, after the instance that made
 * the attempt was stopped and another started; and two instances running the workers side by
 * side send each message once.
 */
class WebhookRestartIT {

    private static final String ADMIN_TOKEN = "tsr_webhook_restart_admin_token_01";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void retriesSurviveARestartAndTwoInstancesSendEachMessageOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); Receiver receiver = new Receiver()) {
            Path log = Files.createTempFile("tessera-webhooks", ".log");
            Map<String, String> env = new HashMap<>(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "TESSERA_ADMIN_TOKEN", ADMIN_TOKEN,
                    "TESSERA_SESSION_KEY", "webhook-restart-session-key-0123456",
                    "TESSERA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true",
                    "TESSERA_WEBHOOKS_RETRY_SCHEDULE", "3s,3s,3s,3s,3s",
                    "TESSERA_WEBHOOKS_JITTER", "0",
                    "TESSERA_PUBLISH_POLL_INTERVAL", "500ms"));
            env.put("TESSERA_DATA_DIR", Files.createTempDirectory("tessera-webhooks").toString());

            String path = "/restart";
            receiver.script(path, Receiver.status(500));
            String secret;
            long endpoint;
            try (ServiceProcess first = ServiceProcess.start(env, log)) {
                first.awaitReady(Duration.ofMinutes(3));
                JsonNode created = call(first, "POST", "/api/webhooks",
                        "{\"url\":\"" + receiver.url(path) + "\",\"eventTypes\":[\"article.language.completed\"]}");
                secret = created.get("secret").asText();
                endpoint = created.get("endpoint").get("id").asLong();
                call(first, "POST", "/api/webhooks/" + endpoint + "/test", null);
                receiver.await(path, 1, Duration.ofSeconds(30)); // the first attempt, answered 500
                first.stop(); // before the retry is due
            }
            try (ServiceProcess second = ServiceProcess.start(env, log)) {
                second.awaitReady(Duration.ofMinutes(3));
                List<Request> attempts = receiver.await(path, 2, Duration.ofSeconds(60));
                assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
                assertThat(attempts.get(1).verifies(secret)).isTrue();

                try (ServiceProcess third = ServiceProcess.start(env, log)) {
                    third.awaitReady(Duration.ofMinutes(3));
                    String twice = "/two-instances";
                    JsonNode other = call(second, "POST", "/api/webhooks",
                            "{\"url\":\"" + receiver.url(twice) + "\",\"eventTypes\":[\"article.language.completed\"]}");
                    long id = other.get("endpoint").get("id").asLong();
                    for (int i = 0; i < 20; i++) {
                        call(i % 2 == 0 ? second : third, "POST", "/api/webhooks/" + id + "/test", null);
                    }
                    List<Request> received = receiver.await(twice, 20, Duration.ofSeconds(60));
                    // once nothing waits in the outbox or the delivery table, nothing more can arrive
                    PublishingDrained.await(postgres.getPostgresDatabase(), null, id, Duration.ofSeconds(60));
                    Map<String, Long> perMessage = receiver.requests(twice).stream()
                            .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
                    // One successful attempt per message: two would mean two instances claimed the same delivery.
                    // The attempt log says what each send came to, so a failure names the cause.
                    Map<String, List<String>> attemptLog = attemptsPerMessage(postgres.getPostgresDatabase(), id);
                    assertThat(perMessage).hasSize(20);
                    assertThat(perMessage).as("messages received twice, with their attempts: %s", attemptLog)
                            .allSatisfy((message, count) -> assertThat(count).isEqualTo(1));
                    assertThat(attemptLog).hasSize(20).allSatisfy((message, tries) -> assertThat(tries).hasSize(1));
                    assertThat(received).allMatch(r -> r.verifies(other.get("secret").asText()));
                    third.stop();
                }
                second.stop();
            }
        }
    }

    /** Each message's attempts as the instances logged them: "attempt n: status, error". */
    private static Map<String, List<String>> attemptsPerMessage(DataSource db, long endpointId) throws Exception {
        Map<String, List<String>> attempts = new TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT d.webhook_id, a.attempt, a.status_code, a.error FROM webhook_delivery d
                JOIN webhook_attempt a ON a.delivery_id = d.id WHERE d.endpoint_id = ? ORDER BY d.id, a.id""")) {
            s.setLong(1, endpointId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    attempts.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add("attempt " + rows.getInt(2)
                            + ": " + rows.getObject(3) + (rows.getString(4) == null ? "" : ", " + rows.getString(4)));
                }
            }
        }
        return attempts;
    }

    private JsonNode call(ServiceProcess service, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + ADMIN_TOKEN);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 202);
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

}
