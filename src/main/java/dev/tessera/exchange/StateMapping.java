package dev.tessera.exchange;

import dev.tessera.document.XliffVersion;
import dev.tessera.status.Status;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tessera's statuses as XLIFF states and back, in one table. The exact status also travels in
 * the file ({@code tessera:status} in 1.2, {@code subState="tessera:STATUS"} in 2.0), so the
 * statuses that share a state (work in progress) survive the trip; a CAT tool's change of
 * {@code state} wins over the kept status.
 *
 * <table>
 *   <caption>Export</caption>
 *   <tr><th>Tessera</th><th>XLIFF 1.2 state</th><th>XLIFF 2.0 state</th></tr>
 *   <tr><td>NEW</td><td>new</td><td>initial</td></tr>
 *   <tr><td>DRAFT, REJECTED</td><td>needs-translation</td><td>initial</td></tr>
 *   <tr><td>STALE</td><td>needs-review-translation</td><td>initial</td></tr>
 *   <tr><td>TRANSLATED</td><td>translated</td><td>translated</td></tr>
 *   <tr><td>APPROVED</td><td>signed-off</td><td>final</td></tr>
 * </table>
 *
 * <p>Import: 1.2 {@code translated} asks for TRANSLATED, {@code signed-off} and {@code final}
 * for APPROVED, {@code new} and every {@code needs-*} state for work in progress (the kept
 * status when it is one, else DRAFT or NEW); 2.0 {@code translated} asks for TRANSLATED,
 * {@code reviewed} and {@code final} for APPROVED, {@code initial} for work in progress. A unit
 * without a state (or with a custom {@code x-} state) asks for TRANSLATED when it has a target.
 */
public final class StateMapping {

    /** The statuses of work not yet submitted. */
    static final Set<Status> IN_PROGRESS = EnumSet.of(Status.NEW, Status.DRAFT, Status.STALE, Status.REJECTED);

    private StateMapping() {
    }

    /** Segments removed by a source update leave the current revision, so no file carries them. */
    private static IllegalArgumentException notExported(Status status) {
        return new IllegalArgumentException("A " + status + " translation is not part of any export");
    }

    static String state(XliffVersion version, Status status) {
        if (version == XliffVersion.V2_0) {
            return switch (status) {
                case NEW, DRAFT, STALE, REJECTED -> "initial";
                case TRANSLATED -> "translated";
                case APPROVED -> "final";
                case REMOVED -> throw notExported(status);
            };
        }
        return switch (status) {
            case NEW -> "new";
            case DRAFT, REJECTED -> "needs-translation";
            case STALE -> "needs-review-translation";
            case TRANSLATED -> "translated";
            case APPROVED -> "signed-off";
            case REMOVED -> throw notExported(status);
        };
    }

    /**
     * The status a unit of the file asks for.
     *
     * @param state      the unit's XLIFF state (may be null)
     * @param keptStatus the Tessera status kept in the file (may be null or unknown)
     * @param hasTarget  whether the unit has a non-blank target
     */
    static Status wanted(XliffVersion version, String state, String keptStatus, boolean hasTarget) {
        String s = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        boolean translated = s.equals("translated");
        boolean approved = version == XliffVersion.V2_0 ? s.equals("reviewed") || s.equals("final")
                : s.equals("signed-off") || s.equals("final");
        boolean inProgress = version == XliffVersion.V2_0 ? s.equals("initial") || s.isEmpty()
                : s.equals("new") || s.startsWith("needs-");
        if (translated) {
            return Status.TRANSLATED;
        }
        if (approved) {
            return Status.APPROVED;
        }
        if (inProgress) {
            Status kept = parse(keptStatus);
            if (kept != null && IN_PROGRESS.contains(kept)) {
                return kept;
            }
            return hasTarget ? Status.DRAFT : Status.NEW;
        }
        return hasTarget ? Status.TRANSLATED : Status.NEW;
    }

    private static Status parse(String status) {
        if (status == null) {
            return null;
        }
        try {
            return Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
