package dev.tessera.status;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a segment stands in one target language: the one spelling of the status vocabulary.
 * {@code NEW} → {@code DRAFT} (saved) → {@code TRANSLATED} (submitted for review) →
 * {@code APPROVED}; a reviewer may send a translation back as {@code REJECTED}; a source change
 * turns a translation {@code STALE}. {@code REMOVED}: a source update took the segment out of the
 * article; the row stays for its history and comments, but no queue hands it out, no counter
 * counts it and nobody may change it.
 *
 * <p>A ground floor of its own, so that {@code progress} (which imports nothing of Tessera's
 * workflow) and {@code queue} derive their column lists, SQL lists and ranks from it. The
 * database spells the same vocabulary in the {@code translation_status_known} CHECK, the
 * {@code progress} columns and the partial queue indexes; {@code StatusSchemaTest} fails when
 * they disagree with this enum.
 */
public enum Status {
    NEW, DRAFT, TRANSLATED, REJECTED, APPROVED, STALE, REMOVED;

    /** The statuses the progress counters have columns for, in workflow order: all but {@code REMOVED}. */
    public static final Set<Status> COUNTED = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(REMOVED)));

    /**
     * The translators' queue, in the order it hands work out: rejected work first, then stale
     * translations, then new segments and drafts whose lease ran out (rank 2 for both).
     */
    public static final Map<Status, Integer> TRANSLATION_WORK_RANK = Collections.unmodifiableMap(new EnumMap<>(
            Map.of(REJECTED, 0, STALE, 1, NEW, 2, DRAFT, 2)));

    /** The statuses a translator claims. */
    public static final Set<Status> TRANSLATION_WORK = Collections.unmodifiableSet(
            EnumSet.copyOf(TRANSLATION_WORK_RANK.keySet()));

    /** The statuses a reviewer claims. */
    public static final Set<Status> REVIEW_WORK = Collections.unmodifiableSet(EnumSet.of(TRANSLATED));

    /** Whether the progress counters have a column for the status: every status but {@code REMOVED}. */
    public boolean counted() {
        return COUNTED.contains(this);
    }

    /** The suffix of the status's {@code progress} columns ({@code segments_new}, {@code words_new}). */
    public String column() {
        if (!counted()) {
            throw new IllegalArgumentException("No progress column for " + this);
        }
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses as an SQL list of literals, for {@code status IN (…)}: {@code 'NEW', 'DRAFT'}. */
    public static String sqlList(Collection<Status> statuses) {
        return EnumSet.copyOf(statuses).stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
