package dev.tessera.document;

import java.util.Objects;

/**
 * Where a segment sits in its document: the filter's text-unit id and the segment id inside
 * it. Merging re-extracts the original and asks for each segment's translation by this key.
 */
public record SegmentKey(String textUnitId, String segmentId) {

    public SegmentKey {
        Objects.requireNonNull(textUnitId, "textUnitId");
        Objects.requireNonNull(segmentId, "segmentId");
    }
}
