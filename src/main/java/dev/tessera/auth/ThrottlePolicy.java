package dev.tessera.auth;

import java.time.Duration;

/**
 * The back-off rule of the sign-in throttle, kept apart from the database so that it is
 * tested as a table: the first {@code freeFailures} failures cost nothing; each one after
 * blocks the subject for {@code firstBlock}, doubled per further failure, never longer than
 * {@code longestBlock}.
 */
public record ThrottlePolicy(int freeFailures, Duration firstBlock, Duration longestBlock) {

    public ThrottlePolicy {
        if (freeFailures < 1 || firstBlock.isNegative() || longestBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("freeFailures >= 1 and 0 <= firstBlock <= longestBlock");
        }
    }

    /** How long the subject is blocked after its {@code failures}-th failure in a row. */
    public Duration blockAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        if (doublings >= 31) {
            return longestBlock;
        }
        Duration block = firstBlock.multipliedBy(1L << doublings);
        return block.compareTo(longestBlock) > 0 ? longestBlock : block;
    }
}
