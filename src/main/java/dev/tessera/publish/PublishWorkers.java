package dev.tessera.publish;

import dev.tessera.events.Outbox;
import dev.tessera.publish.OutboxRows.ClaimedEvent;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The background threads of publishing: one listener holding a dedicated connection that
 * {@code LISTEN}s for new events and deliveries, one event worker, and a few delivery senders.
 * Notifications only make things faster: every loop also looks on its own at least every
 * {@code tessera.publish.poll-interval} (and exactly when the next retry falls due), so a lost
 * notification or a dropped listener connection delays work by seconds, never loses it.
 * All state is in the database, so any number of instances may run these side by side.
 */
@ApplicationScoped
public class PublishWorkers {

    private static final Logger LOG = Logger.getLogger(PublishWorkers.class);

    private final PublishConfig config;
    private final WebhookConfig webhookConfig;
    private final AgroalDataSource dataSource;
    private final OutboxRows outboxRows;
    private final DeliveryRows deliveryRows;
    private final EventProcessing processing;
    private final WebhookSender sender;
    private final RetryPolicy retries;
    private final Wakeup events = new Wakeup();
    private final Wakeup deliveries = new Wakeup();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile Connection listening;

    public PublishWorkers(PublishConfig config, WebhookConfig webhookConfig, AgroalDataSource dataSource,
                          OutboxRows outboxRows, DeliveryRows deliveryRows, EventProcessing processing,
                          WebhookSender sender) {
        this.config = config;
        this.webhookConfig = webhookConfig;
        this.dataSource = dataSource;
        this.outboxRows = outboxRows;
        this.deliveryRows = deliveryRows;
        this.processing = processing;
        this.sender = sender;
        this.retries = RetryPolicy.of(webhookConfig);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.workersEnabled()) {
            LOG.info("Publishing workers are disabled in this instance");
            return;
        }
        running = true;
        threads.add(thread("publish-listener", this::listen));
        threads.add(thread("publish-events", this::processEvents));
        for (int i = 0; i < Math.max(1, webhookConfig.senders()); i++) {
            threads.add(thread("publish-deliveries-" + i, this::sendDeliveries));
        }
        threads.forEach(Thread::start);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        closeListener();
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    /** Holds one connection that listens for both channels; reconnects after a failure. */
    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + Outbox.CHANNEL);
                    s.execute("LISTEN " + DeliveryRows.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                events.ring(); // look once after (re)connecting: something may have come meanwhile
                deliveries.ring();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) config.pollInterval().toMillis());
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        (Outbox.CHANNEL.equals(n.getName()) ? events : deliveries).ring();
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for publishing notifications failed (%s); polling meanwhile, retrying in 5 s",
                        e.getMessage());
                pause(Duration.ofSeconds(5));
            } finally {
                listening = null;
            }
        }
    }

    private void processEvents() {
        long seen = events.count();
        while (running) {
            try {
                List<ClaimedEvent> batch = outboxRows.claim(10, config.lease());
                for (ClaimedEvent event : batch) {
                    handle(event);
                }
                if (batch.isEmpty()) {
                    Duration wait = outboxRows.nextDue().map(at -> Wakeup.until(at, config.pollInterval()))
                            .orElse(config.pollInterval());
                    seen = events.await(seen, wait);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Event worker: %s; trying again shortly", e.toString());
                    pause(config.pollInterval());
                }
            }
        }
    }

    private void handle(ClaimedEvent event) {
        try {
            processing.process(event);
        } catch (RuntimeException e) {
            LOG.warnf("Event %d (%s) failed, attempt %d: %s", event.id(), event.type(), event.attempts(), e.toString());
            outboxRows.failed(event, e.toString(), config.maxEventAttempts());
        }
    }

    private void sendDeliveries() {
        long seen = deliveries.count();
        while (running) {
            try {
                Optional<DeliveryRows.Claimed> claimed = deliveryRows.claim(leaseFor());
                if (claimed.isPresent()) {
                    attempt(claimed.get());
                    continue;
                }
                Duration wait = deliveryRows.nextDue().map(at -> Wakeup.until(at, config.pollInterval()))
                        .orElse(config.pollInterval());
                seen = deliveries.await(seen, wait);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Delivery worker: %s; trying again shortly", e.toString());
                    pause(config.pollInterval());
                }
            }
        }
    }

    private void attempt(DeliveryRows.Claimed claim) {
        WebhookSender.Outcome outcome = sender.send(
                new WebhookSender.Message(claim.url(), claim.webhookId(), claim.payload(), claim.secrets()));
        Optional<Duration> retryIn = outcome.succeeded() || outcome.gone() ? Optional.empty()
                : retries.nextDelay(claim.attempt(), outcome.retryAfter());
        deliveryRows.record(claim, outcome, retryIn);
        if (!outcome.succeeded()) {
            LOG.debugf("Delivery %d attempt %d failed: %s", claim.id(), claim.attempt(), outcome.error());
        }
    }

    /** A claim must outlast the attempt it covers: the timeout twice over (headers, then body) and a margin. */
    private Duration leaseFor() {
        Duration attempt = webhookConfig.timeout().multipliedBy(2).plusSeconds(30);
        return attempt.compareTo(config.lease()) > 0 ? attempt : config.lease();
    }

    private void closeListener() {
        Connection c = listening;
        if (c != null) {
            try {
                c.unwrap(PGConnection.class).cancelQuery();
            } catch (Exception ignored) {
                // the thread is interrupted and stops anyway
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Wakeup.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
