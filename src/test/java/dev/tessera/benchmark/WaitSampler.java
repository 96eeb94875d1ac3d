package dev.tessera.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the service's database sessions wait on while a stage runs: {@code pg_stat_activity}
 * sampled every 50 ms, counted by wait event (CPU when there is none). Tells a hot row lock
 * from commit flushes from a busy processor.
 */
final class WaitSampler implements AutoCloseable {

    private final Map<String, Integer> samples = new TreeMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    WaitSampler(BenchmarkDatabase db) {
        thread = new Thread(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                while (running.get()) {
                    try (ResultSet r = s.executeQuery("SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU')"
                            + " FROM pg_stat_activity WHERE state = 'active' AND application_name <> 'sampler'"
                            + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                        while (r.next()) {
                            synchronized (samples) {
                                samples.merge(r.getString(1), 1, Integer::sum);
                            }
                        }
                    }
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    @Override
    public String toString() {
        synchronized (samples) {
            return samples.toString();
        }
    }
}
