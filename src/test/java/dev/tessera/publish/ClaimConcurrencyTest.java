package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.events.Outbox;
import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several claimers at once — as several instances would be, next to this instance's own
 * worker — never take the same event: {@code FOR UPDATE SKIP LOCKED} plus the lease.
 */
@QuarkusTest
class ClaimConcurrencyTest {

    private static final int EVENTS = 200;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRows rows;

    @Test
    void noEventIsClaimedTwice() throws Exception {
        var article = Articles.importFile(Fixtures.asAdmin(), "en/briefing.txt", "en",
                Map.of("targetLangs", "tr", "externalId", Fixtures.uniqueName("claims"))).then().statusCode(201)
                .extract().jsonPath();
        long id = article.getLong("id");
        long revision = article.getLong("revision.id");
        Set<Long> recorded = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EVENTS; i++) {
                recorded.add(outbox.record("test.nobody-subscribes", id, "tr", revision, Map.of("n", i)));
            }
        });

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> claimers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            claimers.add(pool.submit((Callable<List<Long>>) () -> {
                List<Long> mine = new ArrayList<>();
                List<OutboxRows.ClaimedEvent> batch;
                do {
                    batch = rows.claim(5, Duration.ofMinutes(5));
                    for (OutboxRows.ClaimedEvent event : batch) {
                        mine.add(event.id());
                        rows.done(event.id(), "claimed by the test");
                    }
                } while (!batch.isEmpty());
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> claimer : claimers) {
            all.addAll(claimer.get());
        }
        pool.shutdown();

        assertThat(all).doesNotHaveDuplicates();
        assertThat(recorded).hasSize(EVENTS);
        // what the test's claimers did not get, the running worker did (and marked done)
        assertThat(all.stream().filter(recorded::contains).count()).isGreaterThan(EVENTS / 2);
    }
}
