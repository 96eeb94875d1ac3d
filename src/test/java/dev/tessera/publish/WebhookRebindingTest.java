package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that answers the address check with one address and a later lookup
 * with another must not take the delivery to the second. The sender resolves once, through
 * the guard, and connects to that address, while the URL's name stays the Host header.
 */
class WebhookRebindingTest {

    private static final String NAME = "hooks.rebinding.invalid";

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

    /** A test configuration: private addresses allowed, 3 s timeout. */
    static WebhookConfig config() {
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
