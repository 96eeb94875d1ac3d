package dev.tessera.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A doorbell for a worker loop: {@link #ring} wakes the waiting threads, a missed ring is kept until the next wait. */
final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition rung = lock.newCondition();
    private long rings;

    void ring() {
        lock.lock();
        try {
            rings++;
            rung.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until rung (or rung since {@code seen}) or the time is up; returns the ring count to pass next time. */
    long await(long seen, Duration max) throws InterruptedException {
        lock.lock();
        try {
            long nanos = Math.max(0, max.toNanos());
            while (rings == seen && nanos > 0) {
                nanos = rung.awaitNanos(nanos);
            }
            return rings;
        } finally {
            lock.unlock();
        }
    }

    long count() {
        lock.lock();
        try {
            return rings;
        } finally {
            lock.unlock();
        }
    }

    static Duration until(Instant at, Duration max) {
        Duration d = Duration.between(Instant.now(), at);
        if (d.compareTo(max) > 0) {
            return max;
        }
        return d.compareTo(Duration.ofMillis(20)) < 0 ? Duration.ofMillis(20) : d;
    }
}
