package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Back-off per the schedule with jitter, Retry-After honoured and capped, and the end of the schedule. */
class RetryPolicyTest {

    private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void followsTheScheduleThenGivesUp() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, Duration.ofHours(1), () -> 0.5);
        assertThat(policy.nextDelay(1, Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(policy.nextDelay(2, Optional.empty())).contains(Duration.ofSeconds(30));
        assertThat(policy.nextDelay(3, Optional.empty())).contains(Duration.ofMinutes(2));
        assertThat(policy.nextDelay(4, Optional.empty())).isEmpty();
    }

    @Test
    void theDefaultScheduleRetriesForMoreThanADay() throws NoSuchMethodException {
        String value = WebhookConfig.class.getMethod("retrySchedule").getAnnotation(WithDefault.class).value();
        Duration total = Arrays.stream(value.split(","))
                .map(v -> Duration.parse("PT" + v.strip().toUpperCase(Locale.ROOT)))
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isGreaterThan(Duration.ofDays(1)).isLessThan(Duration.ofDays(2));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        assertThat(new RetryPolicy(SCHEDULE, 0.2, Duration.ofHours(1), () -> 0.0).nextDelay(2, Optional.empty()))
                .contains(Duration.ofSeconds(24));
        assertThat(new RetryPolicy(SCHEDULE, 0.2, Duration.ofHours(1), () -> 0.999999).nextDelay(2, Optional.empty()))
                .get().satisfies(d -> assertThat(d.toMillis()).isBetween(35_990L, 36_000L));
    }

    @Test
    void retryAfterReplacesTheWaitAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.2, Duration.ofMinutes(10), Math::random);
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofSeconds(120)))).contains(Duration.ofSeconds(120));
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofDays(2)))).contains(Duration.ofMinutes(10));
        assertThat(policy.nextDelay(3, Optional.of(Duration.ofSeconds(1)))).contains(Duration.ofSeconds(1));
        assertThat(policy.nextDelay(4, Optional.of(Duration.ofSeconds(1)))).isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atOffset(ZoneOffset.UTC));
        assertThat(RetryPolicy.parseRetryAfter(date, now)).contains(Duration.ofSeconds(90));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter(null, now)).isEmpty();
    }

    @Test
    void aBlankOrNegativeRetryAfterIsNoRetryAfter() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("   ", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("-5", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter(" 7 ", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter("0", now)).contains(Duration.ZERO);
    }

    @Test
    void aRetryAfterTooLongToReadIsAYearAndThusTheCap() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("99999999999999999999", now)).contains(Duration.ofDays(365));
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, Duration.ofMinutes(10), () -> 0.5);
        assertThat(policy.nextDelay(1, RetryPolicy.parseRetryAfter("99999999999999999999", now)))
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void aNegativeRetryAfterMeansRetryAtOnce() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, Duration.ofMinutes(10), () -> 0.5);
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofSeconds(-5)))).contains(Duration.ZERO);
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofMinutes(10)))).contains(Duration.ofMinutes(10));
    }

    @Test
    void noAttemptMadeMeansNoRetry() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, Duration.ofHours(1), () -> 0.5);
        assertThat(policy.nextDelay(0, Optional.empty())).isEmpty();
        assertThat(policy.nextDelay(0, Optional.of(Duration.ofSeconds(1)))).isEmpty();
    }

    @Test
    void jitterIsClampedToBetweenNoneAndAll() {
        assertThat(new RetryPolicy(SCHEDULE, 5, Duration.ofHours(1), () -> 0.0).nextDelay(1, Optional.empty()))
                .contains(Duration.ZERO);
        assertThat(new RetryPolicy(SCHEDULE, 5, Duration.ofHours(1), () -> 0.75).nextDelay(1, Optional.empty()))
                .contains(Duration.ofMillis(7_500));
        assertThat(new RetryPolicy(SCHEDULE, -1, Duration.ofHours(1), () -> 0.0).nextDelay(1, Optional.empty()))
                .contains(Duration.ofSeconds(5));
    }

    @Test
    void thePolicyIsBuiltFromTheConfiguration() {
        WebhookConfig config = new WebhookConfig() {
            public boolean allowPrivateAddresses() { return false; }
            public Duration timeout() { return Duration.ofSeconds(15); }
            public List<Duration> retrySchedule() { return SCHEDULE; }
            public double jitter() { return 0; }
            public Duration retryAfterMax() { return Duration.ofMinutes(10); }
            public int disableAfter() { return 5; }
            public int excerptLength() { return 500; }
            public int senders() { return 4; }
            public Duration previousSecretValidity() { return Duration.ofHours(24); }
        };
        RetryPolicy policy = RetryPolicy.of(config);
        assertThat(policy.nextDelay(2, Optional.empty())).contains(Duration.ofSeconds(30));
        assertThat(policy.nextDelay(4, Optional.empty())).isEmpty();
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofHours(1)))).contains(Duration.ofMinutes(10));
    }

    @Test
    void aRandomSourceOutOfItsRangeNeverMakesTheWaitNegative() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 1, Duration.ofHours(1), () -> -1);
        assertThat(policy.nextDelay(1, Optional.empty())).contains(Duration.ZERO);
    }
}
