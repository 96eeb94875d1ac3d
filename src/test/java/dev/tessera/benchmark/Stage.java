package dev.tessera.benchmark;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one stage of load measured: counts per second since its start (so a rate can be read
 * over any window) and a latency histogram per kind of request, in microseconds.
 */
final class Stage {

    /** One kind of request: its count per second and its latencies. */
    static final class Series {
        private final AtomicLongArray perSecond;
        private final Recorder latencies = new Recorder(TimeUnit.SECONDS.toMicros(60), 3);
        private Histogram total;

        private Series(int seconds) {
            perSecond = new AtomicLongArray(seconds + 60);
        }

        void record(long startedNanos, long endedNanos, long stageStartNanos, long units) {
            latencies.recordValue(Math.max(1, (endedNanos - startedNanos) / 1_000));
            int second = (int) ((endedNanos - stageStartNanos) / 1_000_000_000L);
            if (second >= 0 && second < perSecond.length()) {
                perSecond.addAndGet(second, units);
            }
        }

        /** Units completed per second between {@code from} (inclusive) and {@code to} (exclusive) seconds. */
        double rate(int from, int to) {
            long sum = 0;
            for (int s = from; s < to; s++) {
                sum += perSecond.get(s);
            }
            return sum / (double) (to - from);
        }

        synchronized Histogram histogram() {
            if (total == null) {
                total = latencies.getIntervalHistogram();
            }
            return total;
        }

        double millis(double percentile) {
            return histogram().getValueAtPercentile(percentile) / 1000.0;
        }

        long count() {
            return histogram().getTotalCount();
        }
    }

    final String name;
    final int seconds;
    final long startNanos;
    final Series claims;
    final Series segments;
    final Series saves;
    final Series errors;

    Stage(String name, int seconds) {
        this.name = name;
        this.seconds = seconds;
        this.startNanos = System.nanoTime();
        this.claims = new Series(seconds);
        this.segments = new Series(seconds);
        this.saves = new Series(seconds);
        this.errors = new Series(seconds);
    }

    long deadline() {
        return startNanos + TimeUnit.SECONDS.toNanos(seconds);
    }

    boolean running() {
        return System.nanoTime() < deadline();
    }

    /** One simulated user's loop, run until the stage ends. */
    interface UserLoop {
        void run(TesseraClient client, Stage stage) throws Exception;
    }

    /** Runs {@code loop} for every token at once, each with a client of its own, for the stage's length. */
    static Stage withUsers(String name, int seconds, URI base, List<String> tokens, UserLoop loop)
            throws Exception {
        Stage stage = new Stage(name, seconds);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<?>> users = new ArrayList<>();
            for (String token : tokens) {
                users.add(pool.submit(() -> {
                    loop.run(new TesseraClient(base, token), stage);
                    return null;
                }));
            }
            for (Future<?> user : users) {
                user.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return stage;
    }
}
