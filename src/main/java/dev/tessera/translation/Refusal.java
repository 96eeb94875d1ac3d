package dev.tessera.translation;

/**
 * Why the {@link WorkflowPolicy} refused an action: stable values that the services map to
 * error codes and HTTP statuses, so that clients can branch on them.
 */
public enum Refusal {
    /** The actor does not work in the target language. */
    NOT_IN_LANGUAGE,
    /** The actor lacks the role the action needs. */
    ROLE_MISSING,
    /** The action does not apply to the translation's current status. */
    WRONG_STATUS,
    /** A reviewer tried to approve their own translation while configuration forbids it. */
    SELF_APPROVAL
}
