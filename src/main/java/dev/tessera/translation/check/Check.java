package dev.tessera.translation.check;

import java.util.List;

/**
 * One quality check of a translation against its source (Weblate's plug-in checks). Each
 * implementation is an {@code @ApplicationScoped} bean, so adding a check is adding a class;
 * {@link Checks} collects them all.
 */
public interface Check {

    /** A stable kebab-case id, e.g. {@code inline-codes}. */
    String id();

    Severity severity();

    /** The findings; an empty list means the check passed. */
    List<CheckResult> check(CheckInput input);
}
