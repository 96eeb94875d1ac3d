package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender alone, on a Vert.x of its own, against a local receiver.
 * <p>DNS rebinding: a name that answers the address check with one address and a later lookup
 * with another must not take the delivery to the second. The sender resolves once, through
 * the guard, and connects to that address, while the URL's name stays the Host header.
 * <p>Quick answers: a receiver that answers at once, many times over and from more sending
 * threads than there are cores, so that an answer can arrive before the sending thread gets
 * back to the processor. Every attempt must still read its answer; none may be logged as
 * failed (an attempt logged as failed is sent again, and the receiver gets the message twice).
 */
class WebhookSenderTest {

    private static final String NAME = "hooks.rebinding.invalid";
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
    void theAttemptConnectsToTheAddressThatWasChecked() throws Exception {
        // First lookup: the receiver's loopback address; any later one: an unroutable address.
        AtomicInteger lookups = new AtomicInteger();
        InetAddress checked = InetAddress.getByName("127.0.0.1");
        InetAddress rebound = InetAddress.getByName("192.0.2.1");
        AddressGuard guard = new AddressGuard(true, host -> {
            if (!host.equals(NAME)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {lookups.getAndIncrement() == 0 ? checked : rebound};
        });
        WebhookSender sender = new WebhookSender(config(), vertx, guard);
        String url = receiver.url("/hook").replace("127.0.0.1", NAME);

        WebhookSender.Outcome outcome = sender.send(new WebhookSender.Message(url, "msg_rebinding", "{\"type\":\"x\"}",
                List.of("whsec_" + Base64.getEncoder().encodeToString(new byte[32]))));

        assertThat(outcome.error()).isNull();
        assertThat(outcome.statusCode()).isEqualTo(200);
        assertThat(lookups).as("the name was resolved once, by the check").hasValue(1);
        Receiver.Request request = receiver.await("/hook", 1, Duration.ofSeconds(5)).get(0);
        assertThat(request.header("Host")).startsWith(NAME);
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedBeforeAnyConnection() {
        AddressGuard guard = new AddressGuard(false, host -> new InetAddress[] {InetAddress.getByName("10.1.2.3")});
        WebhookSender sender = new WebhookSender(config(), vertx, guard);

        WebhookSender.Outcome outcome = sender.send(new WebhookSender.Message("http://" + NAME + "/hook", "msg_private",
                "{}", List.of("whsec_" + Base64.getEncoder().encodeToString(new byte[32]))));

        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).startsWith("refused: ").contains("10.1.2.3");
    }

    @Test
    void everyQuickAnswerIsRead() throws Exception {
        WebhookSender sender = new WebhookSender(config(), vertx, new AddressGuard(true));
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

    private static WebhookConfig config() {
        return new WebhookConfig() {
            public boolean allowPrivateAddresses() {
                return true;
            }

            public Duration timeout() {
                return Duration.ofSeconds(3);
            }

            public List<Duration> retrySchedule() {
                return List.of(Duration.ofMillis(200));
            }

            public double jitter() {
                return 0;
            }

            public Duration retryAfterMax() {
                return Duration.ofMinutes(1);
            }

            public int disableAfter() {
                return 3;
            }

            public int excerptLength() {
                return 500;
            }

            public int senders() {
                return 1;
            }

            public Duration previousSecretValidity() {
                return Duration.ofHours(24);
            }
        };
    }
}
