package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.exchange.UnitPlan.Kind;
import dev.tessera.exchange.UnitPlan.Plan;
import dev.tessera.translation.Action;
import dev.tessera.status.Status;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link UnitPlan} as a full table: Tessera's row and the file's unit in, the plan out. */
class UnitPlanTest {

    static final String OLD = "Eski çeviri.";
    static final String TYPED = "Yeni çeviri.";

    /** current status, current target, file target, wanted, file version (Tessera is at 3), may approve, expected. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(Status.NEW, null, null, Status.NEW, 3, false, "UNCHANGED"),
                row(Status.NEW, null, "", Status.NEW, 3, false, "UNCHANGED"),
                row(Status.TRANSLATED, OLD, OLD, Status.TRANSLATED, 1, false, "UNCHANGED"),
                row(Status.APPROVED, OLD, OLD, Status.APPROVED, 1, false, "UNCHANGED"),
                row(Status.TRANSLATED, OLD, OLD, Status.APPROVED, 3, false, "UNCHANGED"),
                row(Status.STALE, OLD, OLD, Status.DRAFT, 1, false, "UNCHANGED"),
                row(Status.REJECTED, OLD, OLD, Status.NEW, 3, false, "UNCHANGED"),
                row(Status.NEW, null, TYPED, Status.TRANSLATED, 2, false, "REFUSED NEWER_IN_TESSERA"),
                row(Status.DRAFT, OLD, OLD, Status.TRANSLATED, 2, false, "REFUSED NEWER_IN_TESSERA"),
                row(Status.TRANSLATED, OLD, OLD, Status.DRAFT, 3, true, "REFUSED STATUS_NOT_APPLICABLE"),
                row(Status.APPROVED, OLD, OLD, Status.REJECTED, 3, true, "REFUSED STATUS_NOT_APPLICABLE"),
                row(Status.NEW, null, "  ", Status.TRANSLATED, 3, false, "REFUSED EMPTY_TARGET"),
                row(Status.DRAFT, OLD, null, Status.DRAFT, 3, false, "REFUSED EMPTY_TARGET"),
                row(Status.NEW, null, TYPED, Status.NEW, 3, false, "APPLY SAVE_DRAFT"),
                row(Status.NEW, null, TYPED, Status.DRAFT, 3, false, "APPLY SAVE_DRAFT"),
                row(Status.NEW, null, TYPED, Status.TRANSLATED, 3, false, "APPLY SUBMIT"),
                row(Status.DRAFT, OLD, OLD, Status.TRANSLATED, 3, false, "APPLY SUBMIT"),
                row(Status.NEW, null, TYPED, Status.APPROVED, 3, false, "APPLY SUBMIT (signed-off read as translated)"),
                row(Status.NEW, null, TYPED, Status.APPROVED, 3, true, "APPLY SUBMIT,APPROVE"),
                row(Status.TRANSLATED, OLD, OLD, Status.APPROVED, 3, true, "APPLY APPROVE"),
                row(Status.TRANSLATED, OLD, TYPED, Status.APPROVED, 3, true, "APPLY SUBMIT,APPROVE"),
                row(Status.APPROVED, OLD, OLD, Status.TRANSLATED, 3, true, "APPLY SUBMIT"));
    }

    static Arguments row(Status current, String currentTarget, String fileTarget, Status wanted, int fileVersion,
                         boolean mayApprove, String expected) {
        return Arguments.of(current, currentTarget, fileTarget, wanted, fileVersion, mayApprove, expected);
    }

    @ParameterizedTest(name = "{0} {1} / file {2} {3} v{4}, approver {5}: {6}")
    @MethodSource("table")
    void decides(Status current, String currentTarget, String fileTarget, Status wanted, int fileVersion,
                 boolean mayApprove, String expected) {
        Plan plan = UnitPlan.decide(current, currentTarget, 3, fileTarget, wanted, fileVersion, mayApprove);
        assertThat(describe(plan)).isEqualTo(expected);
    }

    private static String describe(Plan plan) {
        return switch (plan.kind()) {
            case UNCHANGED -> "UNCHANGED";
            case REFUSED -> "REFUSED " + plan.refusal();
            case APPLY -> "APPLY " + plan.steps().stream().map(Action::name).collect(Collectors.joining(","))
                    + (plan.note() == null ? "" : " (" + plan.note().substring(0, plan.note().indexOf(':')) + ")");
        };
    }

    @org.junit.jupiter.api.Test
    void everyKindIsInTheTable() {
        assertThat(table().map(a -> ((String) a.get()[6]).split(" ")[0]).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(List.of(Kind.UNCHANGED.name(), Kind.REFUSED.name(), Kind.APPLY.name()));
    }

    @org.junit.jupiter.api.Test
    void anEmptyTargetIsRefusedNamingWhatTheStateClaims() {
        assertThat(UnitPlan.decide(Status.DRAFT, "Eski", 3, null, Status.DRAFT, 3, false).message())
                .isEqualTo("the target is empty but the state says it was edited");
        assertThat(UnitPlan.decide(Status.NEW, null, 3, "  ", Status.TRANSLATED, 3, false).message())
                .isEqualTo("the target is empty but the state says it is translated");
    }
}
