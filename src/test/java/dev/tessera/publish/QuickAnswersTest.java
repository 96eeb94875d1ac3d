package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that answers at once, with a short body, many times over and from more sending
 * threads than there are cores: the answer can arrive before the sending thread gets back to
 * the processor. Every attempt must still read its answer; none may be logged as failed (an
 * attempt logged as failed is sent again, and the receiver gets the message twice).
 */
class QuickAnswersTest {

    private static final int THREADS = 16;
    private static final int SENDS_PER_THREAD = 25;

    private Vertx vertx;
    private Receiver receiver;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void everyQuickAnswerIsRead() throws Exception {
        WebhookSender sender = new WebhookSender(WebhookRebindingTest.config(), vertx, new AddressGuard(true));
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<List<WebhookSender.Outcome>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(threads.submit(() -> {
                List<WebhookSender.Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < SENDS_PER_THREAD; i++) {
                    outcomes.add(sender.send(new WebhookSender.Message(receiver.url("/quick"),
                            "msg_" + thread + "_" + i, "{}", List.of(secret))));
                }
                return outcomes;
            }));
        }
        List<WebhookSender.Outcome> outcomes = new ArrayList<>();
        for (Future<List<WebhookSender.Outcome>> result : results) {
            outcomes.addAll(result.get());
        }
        threads.shutdown();

        assertThat(outcomes).hasSize(THREADS * SENDS_PER_THREAD);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .as("attempts whose quick answer was not read").isEmpty();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.excerpt()).isEqualTo("ok"));
        assertThat(receiver.requests("/quick")).hasSize(THREADS * SENDS_PER_THREAD);
    }
}
