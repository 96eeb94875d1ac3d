package dev.tessera.document;

import java.util.Objects;

/**
 * One sentence-level unit of a source document, as extraction hands it to the importer.
 *
 * @param position    0-based ordinal over the whole document (only kept segments count)
 * @param textUnitId  the filter's text-unit id; with {@code segmentId} it finds the segment
 *                    again when merging
 * @param segmentId   the segment's id inside its text unit (not an ordinal)
 * @param content     the lossless source content
 * @param notation    the readable form of {@code content} ({@link InlineNotation})
 * @param plainText   the text without codes, character references decoded
 * @param wordCount   words in {@code plainText} ({@link WordCounter})
 */
public record ExtractedSegment(
        int position,
        String textUnitId,
        String segmentId,
        SegmentContent content,
        String notation,
        String plainText,
        int wordCount) {

    public ExtractedSegment {
        Objects.requireNonNull(textUnitId, "textUnitId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(plainText, "plainText");
    }

    /** The key under which merging asks for this segment's translation. */
    public SegmentKey key() {
        return new SegmentKey(textUnitId, segmentId);
    }
}
