package dev.tessera.publish;

import dev.tessera.events.Outbox;
import dev.tessera.publish.OutboxRows.ClaimedEvent;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The background work of publishing: one listener holding a dedicated connection that
 * {@code LISTEN}s for new events and deliveries, one event worker, and a few delivery senders,
 * each a long-running task of the managed executor (the pool Tessera's other background work,
 * the memory suggestions, runs on; Quarkus owns and stops it). Notifications only make things
 * faster: every loop also looks on its own at least every {@code tessera.publish.poll-interval}
 * (and exactly when the next retry falls due), so a lost notification or a dropped listener
 * connection delays work by seconds, never loses it. All state is in the database, so any
 * number of instances may run these side by side.
 *
 * <p>At a stop ({@code ShutdownEvent}, before the datasource closes and before the embedded
 * database stops) every loop is told to end and woken; the stop waits until each has ended,
 * at most as long as one delivery attempt may take, so an attempt under way is recorded.
 */
@ApplicationScoped
public class PublishWorkers {

    private static final Logger LOG = Logger.getLogger(PublishWorkers.class);
    /** Longest wait for a notification before the listener looks whether it should stop. */
    private static final Duration LISTEN_SLICE = Duration.ofMillis(500);

    private final PublishConfig config;
    private final WebhookConfig webhookConfig;
    private final AgroalDataSource dataSource;
    private final OutboxRows outboxRows;
    private final DeliveryRows deliveryRows;
    private final EventProcessing processing;
    private final WebhookSender sender;
    private final ManagedExecutor executor;
    private final RetryPolicy retries;
    private final Wakeup events = new Wakeup();
    private final Wakeup deliveries = new Wakeup();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<CompletableFuture<Void>> loops = new ArrayList<>();
    private volatile boolean running;

    public PublishWorkers(PublishConfig config, WebhookConfig webhookConfig, AgroalDataSource dataSource,
                          OutboxRows outboxRows, DeliveryRows deliveryRows, EventProcessing processing,
                          WebhookSender sender, ManagedExecutor executor) {
        this.config = config;
        this.webhookConfig = webhookConfig;
        this.dataSource = dataSource;
        this.outboxRows = outboxRows;
        this.deliveryRows = deliveryRows;
        this.processing = processing;
        this.sender = sender;
        this.executor = executor;
        this.retries = RetryPolicy.of(webhookConfig);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.workersEnabled()) {
            LOG.info("Publishing workers are disabled in this instance");
            return;
        }
        running = true;
        int senders = Math.max(1, webhookConfig.senders());
        loops.add(loop("publish-listener", this::listen));
        loops.add(loop("publish-events", this::processEvents));
        for (int i = 0; i < senders; i++) {
            loops.add(loop("publish-deliveries-" + i, this::sendDeliveries));
        }
        LOG.infof("Publishing workers started: a listener, an event worker and %d delivery senders", senders);
    }

    /** Ends every loop and waits for them, before the datasource (and an embedded database) goes away. */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        if (!running) {
            return;
        }
        running = false;
        stopping.countDown();
        events.ring();
        deliveries.ring();
        Duration patience = webhookConfig.timeout().multipliedBy(2).plusSeconds(5);
        try {
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("Publishing workers still busy after %d s; their claims return when the leases end",
                    patience.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warnf("A publishing worker ended with %s", e.getCause().toString());
        }
        loops.clear();
    }

    /** Runs a worker loop on the managed executor, named after it while it runs (thread dumps show who is who). */
    private CompletableFuture<Void> loop(String name, Runnable body) {
        return executor.runAsync(() -> {
            Thread thread = Thread.currentThread();
            String poolName = thread.getName();
            thread.setName(name);
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "Publishing worker %s stopped", name); // the loops catch what they expect
                throw e;
            } finally {
                thread.setName(poolName);
            }
        });
    }

    /** Holds one connection that listens for both channels; reconnects after a failure. JDBC: LISTEN has no other way. */
    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + Outbox.CHANNEL);
                    s.execute("LISTEN " + DeliveryRows.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                events.ring(); // look once after (re)connecting: something may have come meanwhile
                deliveries.ring();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) slice().toMillis());
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        (Outbox.CHANNEL.equals(n.getName()) ? events : deliveries).ring();
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("UNLISTEN *"); // the connection goes back to the pool
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for publishing notifications failed (%s); polling meanwhile, retrying in 5 s",
                        e.getMessage());
                pause(Duration.ofSeconds(5));
            }
        }
    }

    private Duration slice() {
        return config.pollInterval().compareTo(LISTEN_SLICE) < 0 ? config.pollInterval() : LISTEN_SLICE;
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

    // A loop like the event worker's: what is claimed, handled and awaited differs per queue.
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

    /** Waits a while after a failure; a stop ends the wait at once. */
    private void pause(Duration d) {
        try {
            stopping.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
