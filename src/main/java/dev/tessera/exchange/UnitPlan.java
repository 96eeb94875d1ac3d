package dev.tessera.exchange;

import dev.tessera.translation.Action;
import dev.tessera.status.Status;
import java.util.List;
import java.util.Objects;

/**
 * What an import does with one unit, decided from Tessera's row and the file's unit alone,
 * in one plain class (tested as a table without Quarkus). The workflow then applies the steps
 * under its usual rules (roles, four-eyes, leases, checks), which may still refuse.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Same target and the file asks for the status Tessera has: unchanged (so importing a
 *       file twice changes nothing the second time).</li>
 *   <li>A {@code signed-off}/{@code final} from someone who may not approve asks for
 *       TRANSLATED only: a translator's sign-off approves nothing.</li>
 *   <li>Same target, both statuses work in progress: unchanged (nothing was typed).</li>
 *   <li>Tessera's version differs from the exported one: refused, someone saved since
 *       ({@link UnitRefusal#NEWER_IN_TESSERA}).</li>
 *   <li>Same target but the file sends a submitted or approved unit back to work in
 *       progress: refused; a rejection needs a reviewer's comment in Tessera.</li>
 *   <li>An empty target where one is needed: refused.</li>
 *   <li>Otherwise: save a draft, submit, or (for reviewers) submit if needed and approve.</li>
 * </ol>
 */
final class UnitPlan {

    enum Kind { UNCHANGED, REFUSED, APPLY }

    /** The decision: a kind, and the refusal or the workflow steps with a note for the report. */
    record Plan(Kind kind, UnitRefusal refusal, String message, List<Action> steps, String note) {
        static Plan unchanged() {
            return new Plan(Kind.UNCHANGED, null, null, List.of(), null);
        }

        static Plan refused(UnitRefusal refusal, String message) {
            return new Plan(Kind.REFUSED, refusal, message, List.of(), null);
        }

        static Plan apply(List<Action> steps, String note) {
            return new Plan(Kind.APPLY, null, null, steps, note);
        }
    }

    private UnitPlan() {
    }

    /**
     * @param current        Tessera's status of the unit
     * @param currentTarget  Tessera's target (null when none)
     * @param currentVersion Tessera's version
     * @param fileTarget     the file's target in the notation (null when none)
     * @param wanted         the status the file asks for ({@link StateMapping#wanted})
     * @param fileVersion    the version written at export
     * @param mayApprove     whether the importing user may approve (reviewer, editor, admin)
     */
    static Plan decide(Status current, String currentTarget, int currentVersion, String fileTarget, Status wanted,
                       int fileVersion, boolean mayApprove) {
        boolean same = Objects.equals(normal(currentTarget), normal(fileTarget));
        if (same && wanted == current) {
            return Plan.unchanged();
        }
        String note = null;
        if (wanted == Status.APPROVED && !mayApprove) {
            wanted = Status.TRANSLATED;
            note = "signed-off read as translated: only reviewers approve";
            if (same && current == Status.TRANSLATED) {
                return Plan.unchanged();
            }
        }
        boolean wantsProgress = StateMapping.IN_PROGRESS.contains(wanted);
        if (same && wantsProgress && StateMapping.IN_PROGRESS.contains(current)) {
            return Plan.unchanged();
        }
        if (currentVersion != fileVersion) {
            return Plan.refused(UnitRefusal.NEWER_IN_TESSERA, "saved in Tessera since the export (version "
                    + fileVersion + " in the file, " + currentVersion + " now); export again");
        }
        if (same && wantsProgress) {
            return Plan.refused(UnitRefusal.STATUS_NOT_APPLICABLE, current.name()
                    + " in Tessera; a file cannot send it back (a reviewer rejects it in Tessera, with a comment)");
        }
        if (normal(fileTarget).isBlank()) {
            return Plan.refused(UnitRefusal.EMPTY_TARGET, "the target is empty but the state says "
                    + (wantsProgress ? "it was edited" : "it is translated"));
        }
        return switch (wanted) {
            case TRANSLATED -> Plan.apply(List.of(Action.SUBMIT), note);
            case APPROVED -> Plan.apply(same && current == Status.TRANSLATED ? List.of(Action.APPROVE)
                    : List.of(Action.SUBMIT, Action.APPROVE), null);
            default -> Plan.apply(List.of(Action.SAVE_DRAFT), null);
        };
    }

    private static String normal(String target) {
        return target == null ? "" : target;
    }
}
