package dev.tessera.document;

import java.util.Objects;

/**
 * A segment's text with its inline codes, in the lossless form stored in the database.
 *
 * <p>{@code codedText} is the text with each inline code replaced by a two-character marker
 * from the private-use area (U+E101..U+E103 followed by the code's index as U+E110 + n);
 * {@code codes} is the serialised list of those codes. Together they rebuild the exact
 * fragment the filter produced, which is what merging needs; both fit a PostgreSQL
 * {@code text} column (neither ever holds a NUL). The readable form is {@link InlineNotation}.
 */
public record SegmentContent(String codedText, String codes) {

    public SegmentContent {
        Objects.requireNonNull(codedText, "codedText");
        Objects.requireNonNull(codes, "codes");
        if (codedText.indexOf('\0') >= 0 || codes.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Segment content must not contain NUL characters");
        }
    }

    /** Content without inline codes. */
    public static SegmentContent ofText(String text) {
        return new SegmentContent(text, "");
    }
}
