package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The sign-in back-off as a table: free failures, then a block doubling per failure up to the ceiling. */
class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after failure {0}: blocked {1} s")
    @CsvSource({"0, 0", "1, 0", "4, 0", "5, 30", "6, 60", "7, 120", "8, 240", "9, 480", "10, 900", "11, 900",
            "40, 900", "2147483647, 900"})
    void blockAfterFailures(int failures, long seconds) {
        assertThat(policy.blockAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void aPolicyWithoutFreeFailuresOrWithTheCeilingBelowTheFirstBlockIsRefused() {
        assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
