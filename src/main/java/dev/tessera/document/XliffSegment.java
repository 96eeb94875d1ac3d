package dev.tessera.document;

import java.util.List;
import java.util.Objects;

/**
 * One segment as it goes out in an XLIFF file: where it sits (its text unit and segment id),
 * its source with inline codes, its current target in the API's inline notation (null when
 * there is none), the XLIFF {@code state} already mapped from Tessera's status, the status
 * itself (kept in a Tessera attribute or {@code subState} so nothing is lost), and the
 * source hash and translation version that an import checks.
 */
public record XliffSegment(String unitId, String segmentId, SegmentContent source, String target, String state,
                           String status, String sourceHash, int version, List<String> notes) {

    // Null guards like ExtractedSegment's, of other fields.
    public XliffSegment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sourceHash, "sourceHash");
        notes = List.copyOf(notes);
    }
}
