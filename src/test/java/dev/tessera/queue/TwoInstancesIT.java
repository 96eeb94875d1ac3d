package dev.tessera.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two Tessera instances, started from the packaged jar, on one PostgreSQL: 64 translators
 * claim at once, half through each instance, and no segment is handed to two of them.
 */
class TwoInstancesIT {

    private static final String ADMIN_TOKEN = "tsr_two_instances_admin_token_0123";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void claimsAcrossInstancesNeverOverlap() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Path log = Files.createTempFile("tessera-two", ".log");
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "TESSERA_ADMIN_TOKEN", ADMIN_TOKEN,
                    "TESSERA_SESSION_KEY", "two-instances-session-key-0123456789",
                    "TESSERA_DATA_DIR", Files.createTempDirectory("tessera-two").toString());
            try (ServiceProcess a = ServiceProcess.start(env, log); ServiceProcess b = ServiceProcess.start(env, log)) {
                a.awaitReady(Duration.ofMinutes(3));
                b.awaitReady(Duration.ofMinutes(3));
                long article = importArticle(a, 400);
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    tokens.add(translatorToken(i % 2 == 0 ? a : b));
                }
                ExecutorService pool = Executors.newFixedThreadPool(64);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Long>>> claims = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    ServiceProcess via = i % 2 == 0 ? a : b;
                    String token = tokens.get(i);
                    Callable<List<Long>> claim = () -> {
                        start.await();
                        JsonNode body = call(via, "POST", "/api/queue/ru/claim?limit=5&articleId=" + article, token, null);
                        List<Long> ids = new ArrayList<>();
                        body.get("segments").forEach(s -> ids.add(s.get("segmentId").asLong()));
                        return ids;
                    };
                    claims.add(pool.submit(claim));
                }
                start.countDown();
                Set<Long> seen = new HashSet<>();
                int total = 0;
                for (Future<List<Long>> claim : claims) {
                    for (long id : claim.get()) {
                        assertThat(seen.add(id)).as("segment " + id + " handed out twice").isTrue();
                        total++;
                    }
                }
                pool.shutdown();
                assertThat(total).isEqualTo(320);
            }
        }
    }

    private long importArticle(ServiceProcess service, int sentences) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            text.append("Sentence number ").append(i).append(" is here.").append(i % 5 == 0 ? "\n\n" : " ");
        }
        HttpRequest request = HttpRequest.newBuilder(service.uri("/api/articles/by-external-id/two-instances?sourceLang=en"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(text.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private String translatorToken(ServiceProcess service) throws Exception {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode user = call(service, "POST", "/api/users", ADMIN_TOKEN,
                "{\"username\":\"" + name + "\",\"password\":\"a long password\",\"roles\":[\"translator\"],\"languages\":[\"ru\"]}");
        return call(service, "POST", "/api/tokens", ADMIN_TOKEN,
                "{\"name\":\"it\",\"userId\":" + user.get("id").asLong() + "}").get("token").asText();
    }

    private JsonNode call(ServiceProcess service, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }
}
