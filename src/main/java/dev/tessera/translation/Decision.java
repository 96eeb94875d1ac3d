package dev.tessera.translation;

import dev.tessera.status.Status;
import java.util.Objects;

/**
 * The {@link WorkflowPolicy}'s answer: either the action is allowed and leads to {@code next},
 * or it is refused with a stable {@link Refusal} and a reason a person can read.
 *
 * @param allowed whether the action may go ahead
 * @param next    the status after the action (null when refused)
 * @param refusal why not (null when allowed)
 * @param reason  a human explanation of the refusal (null when allowed)
 */
public record Decision(boolean allowed, Status next, Refusal refusal, String reason) {

    public Decision {
        if (allowed) {
            Objects.requireNonNull(next, "next");
            if (refusal != null || reason != null) {
                throw new IllegalArgumentException("An allowed decision has no refusal");
            }
        } else {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(reason, "reason");
            if (next != null) {
                throw new IllegalArgumentException("A refused decision has no next status");
            }
        }
    }

    public static Decision allow(Status next) {
        return new Decision(true, next, null, null);
    }

    public static Decision refuse(Refusal refusal, String reason) {
        return new Decision(false, null, refusal, reason);
    }
}
