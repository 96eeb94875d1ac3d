package dev.tessera.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the next wait of the schedule, varied by the jitter,
 * or a receiver's {@code Retry-After} (seconds or an HTTP date, capped) when it sent one with
 * 429 or 503. Once the schedule is used up the delivery has failed. Plain Java, unit-tested.
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final double jitter;
    private final Duration retryAfterMax;
    private final DoubleSupplier random;

    public RetryPolicy(List<Duration> schedule, double jitter, Duration retryAfterMax, DoubleSupplier random) {
        this.schedule = List.copyOf(schedule);
        this.jitter = Math.max(0, Math.min(1, jitter));
        this.retryAfterMax = retryAfterMax;
        this.random = random;
    }

    public static RetryPolicy of(WebhookConfig config) {
        return new RetryPolicy(config.retrySchedule(), config.jitter(), config.retryAfterMax(), Math::random);
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} attempts, or empty when
     * there is none left.
     */
    public Optional<Duration> nextDelay(int attemptsMade, Optional<Duration> retryAfter) {
        if (attemptsMade < 1 || attemptsMade > schedule.size()) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
            return Optional.of(asked.compareTo(retryAfterMax) > 0 ? retryAfterMax : asked);
        }
        Duration base = schedule.get(attemptsMade - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor))));
    }

    /** A {@code Retry-After} value as a wait from {@code now}: delay-seconds or an HTTP date; empty if unreadable. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofDays(365)); // absurdly large: capped by the policy
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
