package dev.tessera.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Claim capacity, to set next to the bare SQL claim: each user claims a run of 10 and gives
 * it back at once, so the next claim is a real one (a user who still holds a run would get
 * that run back, which costs less). Only claims are timed; the release is part of the loop, as
 * it is of the bare baseline's ({@link BareClaims}). An empty claim counts as an error.
 */
final class ClaimOnlyLoad {

    private final URI base;
    private final String lang;

    ClaimOnlyLoad(URI base, String lang) {
        this.base = base;
        this.lang = lang;
    }

    Stage run(String name, List<String> tokens, int seconds) throws Exception {
        return Stage.withUsers(name, seconds, base, tokens, this::claimAndRelease);
    }

    private void claimAndRelease(TesseraClient client, Stage stage) throws Exception {
        while (stage.running()) {
            long started = System.nanoTime();
            TesseraClient.Answer claim = client.post("/api/queue/" + lang + "/claim?limit=10", Map.of());
            long ended = System.nanoTime();
            if (claim.status() != 200) {
                stage.errors.record(started, ended, stage.startNanos, 1);
                continue;
            }
            JsonNode segments = claim.body().get("segments");
            if (segments.isEmpty()) {
                stage.errors.record(started, ended, stage.startNanos, 1); // an empty claim: the queue ran dry
                continue;
            }
            stage.claims.record(started, ended, stage.startNanos, 1);
            stage.segments.record(started, ended, stage.startNanos, segments.size());
            TesseraClient.expect(client.post("/api/queue/release?lang=" + lang, Map.of()), 200, "release");
        }
    }
}
