package dev.tessera.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.api.ErrorCode;
import dev.tessera.auth.Role;
import dev.tessera.status.Status;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowPolicyTest {

    private static final long SOMEONE_ELSE = 99;
    private static final Actor TRANSLATOR = new Actor(1, Set.of(Role.TRANSLATOR), Set.of("tr"));
    private static final Actor REVIEWER = new Actor(2, Set.of(Role.REVIEWER), Set.of("tr"));
    private static final Actor EDITOR = new Actor(3, Set.of(Role.EDITOR), Set.of());

    private final WorkflowPolicy policy = new WorkflowPolicy(false);

    /** Each cell: the status the action leads to, or the refusal. The translation was made by someone else. */
    @ParameterizedTest(name = "{0} {1}: translator {2}, reviewer {3}, editor {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # status   | action     | translator   | reviewer     | editor
            NEW        | SAVE_DRAFT | DRAFT        | DRAFT        | DRAFT
            NEW        | SUBMIT     | TRANSLATED   | TRANSLATED   | TRANSLATED
            NEW        | REVIEW_EDIT | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            NEW        | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            NEW        | REJECT     | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            DRAFT      | SAVE_DRAFT | DRAFT        | DRAFT        | DRAFT
            DRAFT      | SUBMIT     | TRANSLATED   | TRANSLATED   | TRANSLATED
            DRAFT      | REVIEW_EDIT | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            DRAFT      | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            DRAFT      | REJECT     | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            TRANSLATED | SAVE_DRAFT | DRAFT        | DRAFT        | DRAFT
            TRANSLATED | SUBMIT     | TRANSLATED   | TRANSLATED   | TRANSLATED
            TRANSLATED | REVIEW_EDIT | ROLE_MISSING | TRANSLATED   | TRANSLATED
            TRANSLATED | APPROVE    | ROLE_MISSING | APPROVED     | APPROVED
            TRANSLATED | REJECT     | ROLE_MISSING | REJECTED     | REJECTED
            REJECTED   | SAVE_DRAFT | DRAFT        | DRAFT        | DRAFT
            REJECTED   | SUBMIT     | TRANSLATED   | TRANSLATED   | TRANSLATED
            REJECTED   | REVIEW_EDIT | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            REJECTED   | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            REJECTED   | REJECT     | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            APPROVED   | SAVE_DRAFT | WRONG_STATUS | DRAFT        | DRAFT
            APPROVED   | SUBMIT     | WRONG_STATUS | TRANSLATED   | TRANSLATED
            APPROVED   | REVIEW_EDIT | ROLE_MISSING | TRANSLATED   | TRANSLATED
            APPROVED   | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            APPROVED   | REJECT     | ROLE_MISSING | REJECTED     | REJECTED
            STALE      | SAVE_DRAFT | DRAFT        | DRAFT        | DRAFT
            STALE      | SUBMIT     | TRANSLATED   | TRANSLATED   | TRANSLATED
            STALE      | REVIEW_EDIT | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            STALE      | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            STALE      | REJECT     | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            REMOVED    | SAVE_DRAFT | WRONG_STATUS | WRONG_STATUS | WRONG_STATUS
            REMOVED    | SUBMIT     | WRONG_STATUS | WRONG_STATUS | WRONG_STATUS
            REMOVED    | APPROVE    | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            REMOVED    | REJECT     | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            REMOVED    | REVIEW_EDIT | ROLE_MISSING | WRONG_STATUS | WRONG_STATUS
            """)
    void everyStatusAndActionForEveryRole(Status status, Action action, String translator, String reviewer, String editor) {
        assertThat(outcome(policy.decide(status, action, TRANSLATOR, "tr", SOMEONE_ELSE))).isEqualTo(translator);
        assertThat(outcome(policy.decide(status, action, REVIEWER, "tr", SOMEONE_ELSE))).isEqualTo(reviewer);
        assertThat(outcome(policy.decide(status, action, EDITOR, "tr", SOMEONE_ELSE))).isEqualTo(editor);
    }

    /** Claiming work: each cell is the refusal, or "yes". Translators claim translation work only. */
    @ParameterizedTest(name = "{0} claims {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # who      | work      | lang | outcome
            translator | translate | tr   | yes
            translator | review    | tr   | ROLE_MISSING
            translator | translate | ru   | NOT_IN_LANGUAGE
            translator | review    | ru   | NOT_IN_LANGUAGE
            translator | translate | TR   | yes
            reviewer   | translate | tr   | yes
            reviewer   | review    | tr   | yes
            reviewer   | review    | ru   | NOT_IN_LANGUAGE
            editor     | translate | ru   | yes
            editor     | review    | ru   | yes
            nobody     | translate | tr   | ROLE_MISSING
            nobody     | review    | tr   | ROLE_MISSING
            """)
    void whoMayClaimWhichWork(String who, String work, String lang, String outcome) {
        Actor actor = switch (who) {
            case "translator" -> TRANSLATOR;
            case "reviewer" -> REVIEWER;
            case "editor" -> EDITOR;
            default -> new Actor(4, Set.of(), Set.of("tr"));
        };
        Decision decision = policy.claim(actor, lang, work.equals("review"));
        assertThat(decision.allowed() ? "yes" : decision.refusal().name()).isEqualTo(outcome);
    }

    @Test
    void onlyReviewersEditorsAndAdminsSaveOverAnothersLease() {
        assertThat(policy.mayEditOverLease(TRANSLATOR)).isFalse();
        assertThat(policy.mayEditOverLease(new Actor(4, Set.of(), Set.of("tr")))).isFalse();
        assertThat(policy.mayEditOverLease(REVIEWER)).isTrue();
        assertThat(policy.mayEditOverLease(EDITOR)).isTrue();
        assertThat(policy.mayEditOverLease(new Actor(5, Set.of(Role.ADMIN), Set.of()))).isTrue();
    }

    @Test
    void eachRefusalHasItsOwnErrorCode() {
        assertThat(Refusal.NOT_IN_LANGUAGE.code()).isEqualTo(ErrorCode.NOT_IN_LANGUAGE);
        assertThat(Refusal.ROLE_MISSING.code()).isEqualTo(ErrorCode.ROLE_MISSING);
        assertThat(Refusal.WRONG_STATUS.code()).isEqualTo(ErrorCode.WRONG_STATUS);
        assertThat(Refusal.SELF_APPROVAL.code()).isEqualTo(ErrorCode.SELF_APPROVAL);
    }

    @Test
    void theMatrixCoversEveryStatusAndAction() throws Exception {
        var source = WorkflowPolicyTest.class.getDeclaredMethod("everyStatusAndActionForEveryRole",
                Status.class, Action.class, String.class, String.class, String.class);
        String table = source.getAnnotation(CsvSource.class).textBlock();
        for (Status status : Status.values()) {
            for (Action action : Action.values()) {
                assertThat(table).containsPattern("(?m)^" + status + " +\\| " + action + " ");
            }
        }
    }

    /**
     * Which action a save is, and who is the translator of record after it. Columns: the
     * current status, the status asked for, who saves (T translator, R reviewer, E editor), who
     * made the translation (self, other, nobody), the action, the translator afterwards.
     */
    @ParameterizedTest(name = "{0} -> {1} by {2}, made by {3}: {4}, translator {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # status   | asked      | by | made by | action      | translator after
            TRANSLATED | TRANSLATED | R  | other   | REVIEW_EDIT | other
            APPROVED   | TRANSLATED | R  | other   | REVIEW_EDIT | other
            TRANSLATED | TRANSLATED | E  | other   | REVIEW_EDIT | other
            TRANSLATED | TRANSLATED | R  | self    | SUBMIT      | self
            TRANSLATED | TRANSLATED | R  | nobody  | SUBMIT      | self
            TRANSLATED | TRANSLATED | T  | other   | SUBMIT      | self
            TRANSLATED | DRAFT      | R  | other   | SAVE_DRAFT  | self
            DRAFT      | TRANSLATED | R  | other   | SUBMIT      | self
            REJECTED   | TRANSLATED | R  | other   | SUBMIT      | self
            NEW        | TRANSLATED | R  | nobody  | SUBMIT      | self
            STALE      | TRANSLATED | E  | other   | SUBMIT      | self
            """)
    void aReviewersCorrectionKeepsTheTranslatorOfRecord(Status status, Status asked, String by, String madeBy,
                                                        Action action, String after) {
        Actor actor = switch (by) {
            case "T" -> TRANSLATOR;
            case "R" -> REVIEWER;
            default -> EDITOR;
        };
        Long translatedBy = switch (madeBy) {
            case "self" -> actor.userId();
            case "other" -> SOMEONE_ELSE;
            default -> null;
        };

        Action chosen = policy.editAction(status, asked, actor, translatedBy);

        assertThat(chosen).isEqualTo(action);
        assertThat(policy.decide(status, chosen, actor, "tr", translatedBy).allowed()).isTrue();
        assertThat(policy.translatorAfter(chosen, actor, translatedBy))
                .isEqualTo(after.equals("self") ? actor.userId() : SOMEONE_ELSE);
    }

    @Test
    void theReviewerWhoCorrectedATranslationMayStillApproveIt() {
        Action edit = policy.editAction(Status.TRANSLATED, Status.TRANSLATED, REVIEWER, SOMEONE_ELSE);
        Long translator = policy.translatorAfter(edit, REVIEWER, SOMEONE_ELSE);
        Status afterEdit = policy.decide(Status.TRANSLATED, edit, REVIEWER, "tr", SOMEONE_ELSE).next();

        assertThat(policy.decide(afterEdit, Action.APPROVE, REVIEWER, "tr", translator).next()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aReviewEditOfOnesOwnTranslationIsNoReviewEdit() {
        Decision decision = policy.decide(Status.TRANSLATED, Action.REVIEW_EDIT, REVIEWER, "tr", REVIEWER.userId());

        assertThat(decision.refusal()).isEqualTo(Refusal.WRONG_STATUS);
        assertThat(policy.decide(Status.TRANSLATED, Action.REVIEW_EDIT, REVIEWER, "tr", null).refusal())
                .isEqualTo(Refusal.WRONG_STATUS);
    }

    @Test
    void aTranslatorEditingAnApprovedSegmentIsToldToAskAReviewer() {
        Decision decision = policy.decide(Status.APPROVED, Action.SUBMIT, TRANSLATOR, "tr", TRANSLATOR.userId());

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.refusal()).isEqualTo(Refusal.WRONG_STATUS);
        assertThat(decision.reason()).isEqualTo("approved; ask a reviewer to reject it first");
    }

    @Test
    void translatorsAndReviewersWorkOnlyInTheirLanguagesEditorsAndAdminsEverywhere() {
        Actor admin = new Actor(4, Set.of(Role.ADMIN), Set.of());

        assertThat(policy.decide(Status.NEW, Action.SUBMIT, TRANSLATOR, "ru", null).refusal())
                .isEqualTo(Refusal.NOT_IN_LANGUAGE);
        assertThat(policy.decide(Status.TRANSLATED, Action.APPROVE, REVIEWER, "en", SOMEONE_ELSE).refusal())
                .isEqualTo(Refusal.NOT_IN_LANGUAGE);
        assertThat(policy.decide(Status.NEW, Action.SUBMIT, TRANSLATOR, "TR", null).allowed()).isTrue();
        assertThat(policy.decide(Status.TRANSLATED, Action.APPROVE, EDITOR, "ru", SOMEONE_ELSE).next())
                .isEqualTo(Status.APPROVED);
        assertThat(policy.decide(Status.TRANSLATED, Action.REJECT, admin, "en", SOMEONE_ELSE).next())
                .isEqualTo(Status.REJECTED);
    }

    @Test
    void theLanguageIsCheckedBeforeTheRoleAndTheStatus() {
        Decision decision = policy.decide(Status.NEW, Action.APPROVE, TRANSLATOR, "ru", null);

        assertThat(decision.refusal()).isEqualTo(Refusal.NOT_IN_LANGUAGE);
        assertThat(decision.reason()).contains("ru");
    }

    @Test
    void approvingOnesOwnTranslationIsRefusedUnlessConfigured() {
        Actor translatingReviewer = new Actor(5, Set.of(Role.TRANSLATOR, Role.REVIEWER), Set.of("tr"));

        Decision refused = policy.decide(Status.TRANSLATED, Action.APPROVE, translatingReviewer, "tr", 5L);
        Decision allowed = new WorkflowPolicy(true)
                .decide(Status.TRANSLATED, Action.APPROVE, translatingReviewer, "tr", 5L);

        assertThat(refused.refusal()).isEqualTo(Refusal.SELF_APPROVAL);
        assertThat(refused.reason()).isNotBlank();
        assertThat(allowed.next()).isEqualTo(Status.APPROVED);
        assertThat(policy.decide(Status.TRANSLATED, Action.APPROVE, translatingReviewer, "tr", null).allowed()).isTrue();
        assertThat(policy.decide(Status.TRANSLATED, Action.REJECT, translatingReviewer, "tr", 5L).allowed())
                .as("rejecting one's own translation is no conflict of interest").isTrue();
    }

    @Test
    void aUserWithNoRolesMayDoNothing() {
        Actor nobody = new Actor(6, Set.of(), Set.of("tr"));

        for (Action action : Action.values()) {
            Decision decision = policy.decide(Status.TRANSLATED, action, nobody, "tr", SOMEONE_ELSE);
            assertThat(decision.refusal()).as(action.name()).isEqualTo(Refusal.ROLE_MISSING);
            assertThat(decision.reason()).isNotBlank();
        }
    }

    @Test
    void decisionsAreEitherAllowedWithANextStatusOrRefusedWithAReason() {
        Decision allowed = Decision.allow(Status.DRAFT);
        Decision refused = Decision.refuse(Refusal.WRONG_STATUS, "no");

        assertThat(allowed.refusal()).isNull();
        assertThat(allowed.reason()).isNull();
        assertThat(refused.next()).isNull();
        assertThat(refused.allowed()).isFalse();
    }

    private static String outcome(Decision decision) {
        return decision.allowed() ? decision.next().name() : decision.refusal().name();
    }
}
