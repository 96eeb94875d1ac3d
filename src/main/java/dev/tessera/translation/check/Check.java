package dev.tessera.translation.check;

import java.util.List;

/**
 * One quality check of a translation against its source (Weblate's plug-in checks: an id, a
 * name, a description, a severity). Each implementation is an {@code @ApplicationScoped} bean,
 * so adding a check is adding a class; {@link Checks} collects them all and
 * {@code GET /api/checks} lists them with their names and descriptions, by which clients show
 * the findings ({@link CheckResult#checkId()}).
 *
 * <p>A target of nothing but whitespace is left to {@code empty-target}: {@link #check} skips it
 * unless the check says otherwise ({@link #skipsBlankTarget()}), so no check repeats that test.
 */
public interface Check {

    /** A stable kebab-case id, e.g. {@code inline-codes}. */
    String id();

    /** A short human name, e.g. "Inline codes". */
    String name();

    /** One sentence on what the check looks for, as a translator reads it. */
    String description();

    Severity severity();

    /** Whether a blank target (nothing but whitespace once codes are removed) passes without a look. */
    default boolean skipsBlankTarget() {
        return true;
    }

    /** The findings; an empty list means the check passed. */
    default List<CheckResult> check(CheckInput input) {
        if (skipsBlankTarget() && input.targetBlank()) {
            return List.of();
        }
        return inspect(input);
    }

    /** The check itself, on a target {@link #check} did not skip. */
    List<CheckResult> inspect(CheckInput input);
}
