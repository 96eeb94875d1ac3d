package dev.tessera.publish;

import static dev.tessera.support.Fixtures.asAdmin;

import dev.tessera.benchmark.Bench;
import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from the commit of an outbox event to the receiver having the webhook, one event at a
 * time, for {@code article.language.completed} (merge, store, deliver) and {@code webhook.test}
 * (deliver only). Not part of the suite: {@code mvn -Pbenchmark test -Dtest=PublishLatencyBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class PublishLatencyBenchmark {

    /** Timed events per kind (after 5 untimed ones); quick mode: 20. */
    private static final int EVENTS = Bench.quick() ? 20 : 50;
    private static final Receiver RECEIVER = new Receiver();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    @Test
    void recordToReceiver() {
        String path = "/bench-" + System.nanoTime();
        long endpoint = asAdmin().contentType(ContentType.JSON).body(Map.of("url", RECEIVER.url(path)))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("endpoint.id");
        for (String resource : List.of("en/briefing.txt", "en/energy-transition.html")) {
            var article = Articles.importFile(asAdmin(), resource, "en",
                    Map.of("targetLangs", "tr", "externalId", Fixtures.uniqueName("bench"))).then().statusCode(201)
                    .extract().jsonPath();
            long id = article.getLong("id");
            long revision = article.getLong("revision.id");
            int segments = Approvals.approveAll(dataSource, id, "tr", UnaryOperator.identity());
            measure(resource + " (" + segments + " segments), article.language.completed", path, () ->
                    QuarkusTransaction.requiringNew().run(() ->
                            outbox.record(EventTypes.LANGUAGE_COMPLETED, id, "tr", revision, Map.of())));
        }
        measure("webhook.test", path, () -> asAdmin().post("/api/webhooks/" + endpoint + "/test").then().statusCode(202));
        asAdmin().delete("/api/webhooks/" + endpoint);
    }

    private static void measure(String what, String path, Runnable record) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < EVENTS + 5; i++) {
            int before = RECEIVER.requests(path).size();
            Instant start = Instant.now();
            record.run();
            Receiver.Request got = RECEIVER.await(path, before + 1, Duration.ofSeconds(30)).get(before);
            if (i >= 5) { // the first few warm up
                millis.add(Duration.between(start, got.at()).toMillis());
            }
        }
        millis.sort(Long::compare);
        System.out.printf("PUBLISH-LATENCY %s: n=%d p50=%d ms p95=%d ms max=%d ms%n", what, millis.size(),
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }
}
