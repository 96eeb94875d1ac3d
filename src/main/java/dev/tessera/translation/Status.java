package dev.tessera.translation;

/**
 * Where a segment stands in one target language. {@code NEW} → {@code DRAFT} (saved) →
 * {@code TRANSLATED} (submitted for review) → {@code APPROVED}; a reviewer may send a
 * translation back as {@code REJECTED}; a source change turns a translation {@code STALE}.
 */
public enum Status {
    NEW, DRAFT, TRANSLATED, REJECTED, APPROVED, STALE
}
