package dev.tessera.translation;

/**
 * Where a segment stands in one target language. {@code NEW} → {@code DRAFT} (saved) →
 * {@code TRANSLATED} (submitted for review) → {@code APPROVED}; a reviewer may send a
 * translation back as {@code REJECTED}; a source change turns a translation {@code STALE}.
 * {@code REMOVED}: a source update took the segment out of the article; the row stays for its
 * history and comments, but no queue hands it out, no counter counts it and nobody may change it.
 */
public enum Status {
    NEW, DRAFT, TRANSLATED, REJECTED, APPROVED, STALE, REMOVED;

    /** Whether the progress counters have a column for the status: every status but {@code REMOVED}. */
    public boolean counted() {
        return this != REMOVED;
    }
}
