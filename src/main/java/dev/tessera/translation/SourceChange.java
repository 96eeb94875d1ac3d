package dev.tessera.translation;

import dev.tessera.common.WordDiff;
import java.util.List;

/**
 * How a change of a segment's source shows next to a {@code STALE} translation: the plain text
 * the old target was made for, and the word diff from it to the text now.
 */
public record SourceChange(String previousSource, List<WordDiff.Piece> diff) {

    /** The change, or null when there was no earlier text. */
    public static SourceChange of(String previous, String now) {
        return previous == null ? null : new SourceChange(previous, WordDiff.diff(previous, now));
    }
}
