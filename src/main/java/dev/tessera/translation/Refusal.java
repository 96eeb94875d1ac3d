package dev.tessera.translation;

import dev.tessera.api.ErrorCode;

/**
 * Why the {@link WorkflowPolicy} refused an action: stable values, each answered with its own
 * error code ({@link #code}), so that clients can branch on them.
 */
public enum Refusal {
    /** The actor does not work in the target language. */
    NOT_IN_LANGUAGE(ErrorCode.NOT_IN_LANGUAGE),
    /** The actor lacks the role the action needs. */
    ROLE_MISSING(ErrorCode.ROLE_MISSING),
    /** The action does not apply to the translation's current status. */
    WRONG_STATUS(ErrorCode.WRONG_STATUS),
    /** A reviewer tried to approve their own translation while configuration forbids it. */
    SELF_APPROVAL(ErrorCode.SELF_APPROVAL);

    private final ErrorCode code;

    Refusal(ErrorCode code) {
        this.code = code;
    }

    /** The error code of the answer that carries the refusal. */
    public ErrorCode code() {
        return code;
    }
}
