package dev.tessera.translation;

/** What someone tries to do to a translation; the {@link WorkflowPolicy} decides whether they may. */
public enum Action {
    /** Save the target without submitting it ({@code DRAFT}). */
    SAVE_DRAFT,
    /** Submit the target for review ({@code TRANSLATED}). */
    SUBMIT,
    /**
     * A reviewer's correction of someone else's submitted (or approved) target, which stays
     * submitted ({@code TRANSLATED}): the translator of record does not change, so the reviewer
     * may still approve it. Recorded in the history under this name.
     */
    REVIEW_EDIT,
    /** Accept a submitted target ({@code APPROVED}). */
    APPROVE,
    /** Send a target back to the translators ({@code REJECTED}); the service demands a comment. */
    REJECT
}
