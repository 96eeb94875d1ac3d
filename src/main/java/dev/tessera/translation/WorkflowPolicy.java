package dev.tessera.translation;

import dev.tessera.auth.Role;
import dev.tessera.status.Status;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every rule about who may move a translation from one status to another, in one plain class
 * so that the rules are read and tested in one place, without Quarkus or a database. The
 * services ask it before they change anything; it knows nothing of texts, checks or comments
 * (the service demands the rejection comment and runs the checks).
 *
 * <p>The rules are applied in this order; the first that fails gives the refusal:
 * <ol>
 *   <li>The actor must work in the target language ({@link Actor#worksIn}), else
 *       {@link Refusal#NOT_IN_LANGUAGE}.</li>
 *   <li>The actor must hold one of the action's roles, else {@link Refusal#ROLE_MISSING}.</li>
 *   <li>The current status must allow the action, else {@link Refusal#WRONG_STATUS}.</li>
 *   <li>Approving: the actor must not be the one who translated it, unless self-approval is
 *       allowed, else {@link Refusal#SELF_APPROVAL}.</li>
 * </ol>
 *
 * <table>
 *   <caption>Actions, the roles they need, where they apply and where they lead</caption>
 *   <tr><th>action</th><th>roles (any of)</th><th>from</th><th>to</th></tr>
 *   <tr><td>{@code SAVE_DRAFT}</td><td>translator, reviewer, editor, admin</td>
 *       <td>NEW, DRAFT, REJECTED, STALE, TRANSLATED; APPROVED only for reviewer, editor, admin
 *       (reopens it)</td><td>DRAFT</td></tr>
 *   <tr><td>{@code SUBMIT}</td><td>translator, reviewer, editor, admin</td>
 *       <td>as {@code SAVE_DRAFT}</td><td>TRANSLATED</td></tr>
 *   <tr><td>{@code REVIEW_EDIT}</td><td>reviewer, editor, admin</td><td>TRANSLATED, APPROVED
 *       (someone else's translation)</td><td>TRANSLATED</td></tr>
 *   <tr><td>{@code APPROVE}</td><td>reviewer, editor, admin</td><td>TRANSLATED, and not
 *       one's own translation unless allowed</td><td>APPROVED</td></tr>
 *   <tr><td>{@code REJECT}</td><td>reviewer, editor, admin</td><td>TRANSLATED, APPROVED
 *       (withdraws the approval)</td><td>REJECTED</td></tr>
 * </table>
 *
 * <p>Which action a save is ({@link #editAction}): saving a draft is always {@code SAVE_DRAFT}
 * (it takes the segment back into translation, and the saver becomes its translator). Saving
 * as {@code TRANSLATED} is a {@code REVIEW_EDIT} when a reviewer, editor or admin corrects a
 * submitted or approved translation that someone else made; otherwise a {@code SUBMIT}. A
 * review edit keeps the translator of record ({@link #translatorAfter}), so the reviewer who
 * corrected a translation can still approve it: the self-approval rule is about approving
 * one's own translation, not one's own correction of another's. The history shows the edit as
 * {@code REVIEW_EDIT} with the reviewer as its author.
 *
 * <p>A translator-only actor editing an {@code APPROVED} translation is refused with
 * {@code WRONG_STATUS}: a reviewer must reject it first. A {@code REMOVED} translation (its segment left
 * the article in a source update) allows nothing; {@code TranslationWorkflow} answers it with 410
 * {@code SEGMENT_REMOVED} before it looks at versions. Translators and reviewers work in their
 * own languages; editors and admins in all.
 *
 * <p>Claims and leases ({@link #claim}, {@link #mayEditOverLease}): claiming translation work
 * needs an editing role, claiming review work a reviewing role, both in the actor's language.
 * A row leased to someone else may be saved by a reviewer, editor or admin (a correction in
 * review, or an editor's fix), never by a translator-only actor.
 */
public final class WorkflowPolicy {

    private static final Set<Role> EDITING_ROLES = EnumSet.of(Role.TRANSLATOR, Role.REVIEWER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> REVIEWING_ROLES = EnumSet.of(Role.REVIEWER, Role.EDITOR, Role.ADMIN);
    private static final Set<Status> EDITABLE = EnumSet.of(
            Status.NEW, Status.DRAFT, Status.REJECTED, Status.STALE, Status.TRANSLATED);
    private static final Set<Status> REJECTABLE = EnumSet.of(Status.TRANSLATED, Status.APPROVED);

    private final boolean allowSelfApproval;

    /** @param allowSelfApproval whether a reviewer may approve a translation they made */
    public WorkflowPolicy(boolean allowSelfApproval) {
        this.allowSelfApproval = allowSelfApproval;
    }

    /**
     * Decides whether {@code actor} may perform {@code action} on a translation into
     * {@code lang} that currently has status {@code current}.
     *
     * @param translatedBy who last saved or submitted the target (null if nobody)
     */
    public Decision decide(Status current, Action action, Actor actor, String lang, Long translatedBy) {
        if (!actor.worksIn(lang)) {
            return Decision.refuse(Refusal.NOT_IN_LANGUAGE, "you do not work in " + lang);
        }
        return switch (action) {
            case SAVE_DRAFT -> edit(current, actor, Status.DRAFT);
            case SUBMIT -> edit(current, actor, Status.TRANSLATED);
            case REVIEW_EDIT -> reviewEdit(current, actor, translatedBy);
            case APPROVE -> approve(current, actor, translatedBy);
            case REJECT -> reject(current, actor);
        };
    }

    /**
     * Whether {@code actor} may claim work in {@code lang}: translation work (statuses
     * {@link Status#TRANSLATION_WORK}, leading to {@code TRANSLATED}) or review work
     * ({@link Status#REVIEW_WORK}, leading to {@code APPROVED}). The first refusal wins:
     * {@code NOT_IN_LANGUAGE}, then {@code ROLE_MISSING}.
     */
    public Decision claim(Actor actor, String lang, boolean review) {
        if (!actor.worksIn(lang)) {
            return Decision.refuse(Refusal.NOT_IN_LANGUAGE, "you do not work in " + lang);
        }
        if (review) {
            return hasAny(actor, REVIEWING_ROLES) ? Decision.allow(Status.APPROVED)
                    : roleMissing("claim review work", "a reviewer, editor or admin");
        }
        return hasAny(actor, EDITING_ROLES) ? Decision.allow(Status.TRANSLATED)
                : roleMissing("claim translation work", "a translator, reviewer, editor or admin");
    }

    /** Whether {@code actor} may save a row that someone else holds on a live lease. */
    public boolean mayEditOverLease(Actor actor) {
        return hasAny(actor, REVIEWING_ROLES);
    }

    private Decision edit(Status current, Actor actor, Status next) {
        if (!hasAny(actor, EDITING_ROLES)) {
            return roleMissing("translate", "a translator, reviewer, editor or admin");
        }
        if (EDITABLE.contains(current) || current == Status.APPROVED && hasAny(actor, REVIEWING_ROLES)) {
            return Decision.allow(next);
        }
        if (current == Status.REMOVED) {
            return wrongStatus(current, "the segment is no longer in the article");
        }
        return Decision.refuse(Refusal.WRONG_STATUS, "approved; ask a reviewer to reject it first");
    }

    /**
     * The action a save is: {@code requested} is the status the client asks for (DRAFT or
     * TRANSLATED); see the class comment.
     */
    public Action editAction(Status current, Status requested, Actor actor, Long translatedBy) {
        if (requested != Status.TRANSLATED) {
            return Action.SAVE_DRAFT;
        }
        boolean someoneElses = translatedBy != null && translatedBy != actor.userId();
        boolean underReview = current == Status.TRANSLATED || current == Status.APPROVED;
        return someoneElses && underReview && hasAny(actor, REVIEWING_ROLES) ? Action.REVIEW_EDIT : Action.SUBMIT;
    }

    /** Who is the translator of record after {@code actor} performs {@code action}. */
    public Long translatorAfter(Action action, Actor actor, Long translatedBy) {
        return switch (action) {
            case SAVE_DRAFT, SUBMIT -> actor.userId();
            case REVIEW_EDIT, APPROVE, REJECT -> translatedBy;
        };
    }

    private Decision reviewEdit(Status current, Actor actor, Long translatedBy) {
        if (!hasAny(actor, REVIEWING_ROLES)) {
            return roleMissing("correct a translation under review", "a reviewer, editor or admin");
        }
        if (current != Status.TRANSLATED && current != Status.APPROVED) {
            return wrongStatus(current, "only a submitted or approved translation is corrected in review");
        }
        if (translatedBy == null || translatedBy == actor.userId()) {
            return wrongStatus(current, "a correction in review is of someone else's translation");
        }
        return Decision.allow(Status.TRANSLATED);
    }

    private Decision approve(Status current, Actor actor, Long translatedBy) {
        if (!hasAny(actor, REVIEWING_ROLES)) {
            return roleMissing("approve", "a reviewer, editor or admin");
        }
        if (current != Status.TRANSLATED) {
            return wrongStatus(current, "only a submitted (translated) segment can be approved");
        }
        if (!allowSelfApproval && translatedBy != null && translatedBy == actor.userId()) {
            return Decision.refuse(Refusal.SELF_APPROVAL, "you cannot approve your own translation");
        }
        return Decision.allow(Status.APPROVED);
    }

    private Decision reject(Status current, Actor actor) {
        if (!hasAny(actor, REVIEWING_ROLES)) {
            return roleMissing("reject", "a reviewer, editor or admin");
        }
        if (!REJECTABLE.contains(current)) {
            return wrongStatus(current, "only a translated or approved segment can be rejected");
        }
        return Decision.allow(Status.REJECTED);
    }

    private static boolean hasAny(Actor actor, Set<Role> roles) {
        return roles.stream().anyMatch(actor::has);
    }

    private static Decision roleMissing(String verb, String who) {
        return Decision.refuse(Refusal.ROLE_MISSING, "only " + who + " may " + verb);
    }

    private static Decision wrongStatus(Status current, String rule) {
        return Decision.refuse(Refusal.WRONG_STATUS, current.name().toLowerCase(Locale.ROOT) + "; " + rule);
    }
}
