package dev.tessera.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated translators over HTTP. Each loops: claim a run of 10 segments, save each as a
 * draft and then submit it, always with the version the previous answer gave, then claim
 * the next run. A claim counts one claim and as many segments as it handed out; each save
 * (draft or submit) counts one save.
 */
final class TranslatorLoad {

    private final URI base;
    private final String lang;
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();
    final AtomicLong emptyClaims = new AtomicLong();

    TranslatorLoad(URI base, String lang) {
        this.base = base;
        this.lang = lang;
    }

    Stage run(String name, List<String> tokens, int seconds) throws Exception {
        return Stage.withUsers(name, seconds, base, tokens, this::translate);
    }

    /** Status codes other than 200 seen so far, with one example body each. */
    Map<Integer, String> failures() {
        return failures;
    }

    private void translate(TesseraClient client, Stage stage) throws Exception {
        while (stage.running()) {
            long started = System.nanoTime();
            TesseraClient.Answer claim = client.post("/api/queue/" + lang + "/claim?limit=10", Map.of());
            long ended = System.nanoTime();
            if (claim.status() != 200) {
                failed(stage, claim, started, ended);
                continue;
            }
            JsonNode segments = claim.body().get("segments");
            stage.claims.record(started, ended, stage.startNanos, 1);
            stage.segments.record(started, ended, stage.startNanos, segments.size());
            if (segments.isEmpty()) {
                emptyClaims.incrementAndGet();
                Thread.sleep(100);
                continue;
            }
            for (JsonNode segment : segments) {
                if (!stage.running()) {
                    return;
                }
                String path = "/api/segments/" + segment.get("segmentId").asLong() + "/translations/" + lang;
                String target = "Перевод: " + segment.get("plainText").asText();
                int version = segment.get("version").asInt();
                for (String status : List.of("DRAFT", "TRANSLATED")) {
                    started = System.nanoTime();
                    TesseraClient.Answer saved = client.put(path,
                            Map.of("target", target, "status", status, "version", version));
                    ended = System.nanoTime();
                    if (saved.status() != 200) {
                        failed(stage, saved, started, ended);
                        break;
                    }
                    stage.saves.record(started, ended, stage.startNanos, 1);
                    version = saved.body().get("translation").get("version").asInt();
                }
            }
        }
    }

    private void failed(Stage stage, TesseraClient.Answer answer, long started, long ended) {
        stage.errors.record(started, ended, stage.startNanos, 1);
        failures.putIfAbsent(answer.status(), String.valueOf(answer.body()));
    }
}
