package dev.tessera.document;

import java.util.List;

/**
 * One segment as read back from an XLIFF file.
 *
 * @param unitId       the text unit the segment belongs to
 * @param segmentId    the segment's id inside it
 * @param target       the target in the API's inline notation, or null when the file has none
 * @param tagProblems  inline tags the notation cannot carry (ids that are not Tessera's), one
 *                     message each; a unit with any is refused
 * @param state        the XLIFF {@code state} (null when absent)
 * @param status       the Tessera status kept in the file (null when absent)
 * @param sourceHash   the source hash written at export (null when absent)
 * @param version      the translation version written at export (null when absent)
 */
public record XliffUnit(String unitId, String segmentId, String target, List<String> tagProblems, String state,
                        String status, String sourceHash, Integer version) {

    public XliffUnit {
        tagProblems = List.copyOf(tagProblems);
    }

    /** The key export and import share: {@code unitId:segmentId}. */
    public String key() {
        return unitId + ":" + segmentId;
    }
}
