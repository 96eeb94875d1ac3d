package dev.tessera.exchange;

import java.util.List;
import dev.tessera.status.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an XLIFF import: how many units were applied, unchanged and refused, and every
 * applied or refused unit with its outcome (unchanged ones are only counted).
 */
public record ImportReport(long articleId, String lang, String xliffVersion, String file, int applied,
                           int unchanged, int refused, List<UnitOutcome> units) {

    /**
     * One unit's outcome.
     *
     * @param id        the unit's id in the file ({@code textUnit:segment})
     * @param segmentId Tessera's segment id (null for an unknown unit)
     * @param outcome   {@code APPLIED} or {@code REFUSED}
     * @param status    the status after the import (applied units)
     * @param reason    why it was refused: a {@link UnitRefusal} or an API error code
     * @param message   the refusal, or a note on an applied unit, in words
     */
    public record UnitOutcome(String id, Long segmentId,
                              @Schema(enumeration = {"APPLIED", "REFUSED"}) String outcome,
                              @Schema(implementation = Status.class) String status, String reason,
                              String message) {

        static UnitOutcome applied(String id, long segmentId, String status, String note) {
            return new UnitOutcome(id, segmentId, "APPLIED", status, null, note);
        }

        static UnitOutcome refused(String id, Long segmentId, String reason, String message) {
            return new UnitOutcome(id, segmentId, "REFUSED", null, reason, message);
        }
    }
}
