package dev.tessera.translation;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.document.SegmentContent;
import dev.tessera.document.InlineNotation;
import dev.tessera.translation.TranslationViews.CommentView;
import dev.tessera.translation.TranslationViews.DetailView;
import dev.tessera.translation.TranslationViews.HistoryView;
import dev.tessera.translation.TranslationViews.SaveRequest;
import dev.tessera.translation.TranslationViews.SavedView;
import dev.tessera.translation.TranslationViews.TranslationView;
import dev.tessera.translation.check.CheckInput;
import dev.tessera.translation.check.CheckResult;
import dev.tessera.translation.check.Checks;
import dev.tessera.translation.check.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Saving, submitting, approving and rejecting a translation. Each runs in one short
 * transaction on the locked row: the version the client started from must still be current
 * (else 409 with the current state: nobody's work is overwritten silently), the workflow
 * policy must allow the move, and a save must pass the error checks. Every change to the row
 * is made before {@link TranslationChanges#apply}, whose counter update is the transaction's
 * last statement: the article's progress row, which every translator of the article updates,
 * stays locked only until the commit.
 */
@ApplicationScoped
@Transactional
public class TranslationWorkflow {

    /** The source of a segment as the checks and the parser need it. */
    private record Source(SegmentContent content, String notation, String lang) {
    }

    private final EntityManager em;
    private final TranslationChanges changes;
    private final Checks checks;
    private final WorkflowPolicy policy;
    private final Duration lease;

    public TranslationWorkflow(EntityManager em, TranslationChanges changes, Checks checks,
                               @ConfigProperty(name = "tessera.review.allow-self-approval", defaultValue = "false")
                               boolean allowSelfApproval,
                               @ConfigProperty(name = "tessera.queue.lease", defaultValue = "PT15M") Duration lease) {
        this.em = em;
        this.changes = changes;
        this.checks = checks;
        this.policy = new WorkflowPolicy(allowSelfApproval);
        this.lease = lease;
    }

    public SavedView save(long segmentId, String lang, SaveRequest request, Actor actor) {
        if (request.status() != Status.DRAFT && request.status() != Status.TRANSLATED) {
            throw Problems.invalidField("status", "must be DRAFT or TRANSLATED");
        }
        Translation t = locked(segmentId, lang, actor);
        checkVersion(t, request.version());
        Instant now = Instant.now();
        if (t.heldByAnotherThan(actor.userId(), now)
                && !(actor.has(dev.tessera.auth.Role.REVIEWER) || actor.has(dev.tessera.auth.Role.EDITOR)
                || actor.has(dev.tessera.auth.Role.ADMIN))) {
            throw Problems.builder(ErrorCode.CLAIMED_BY_ANOTHER, "Another translator holds this segment until "
                    + t.claimExpiresAt).with("current", TranslationView.of(t)).build();
        }
        Action action = policy.editAction(t.status, request.status(), actor, t.translatedBy);
        Decision decision = decide(t, action, actor);
        Source source = source(segmentId);
        List<CheckResult> results = checks.run(new CheckInput(source.notation(), source.content(), request.target(),
                source.lang(), lang, decision.next() == Status.TRANSLATED));
        if (Checks.hasErrors(results)) {
            throw Problems.builder(ErrorCode.CHECKS_FAILED, "The target did not pass the checks")
                    .with("checks", results.stream().filter(r -> r.severity() == Severity.ERROR).toList())
                    .build();
        }
        t.translatedBy = policy.translatorAfter(action, actor, t.translatedBy);
        if (action == Action.SUBMIT) {
            releaseClaim(t); // submitted work leaves the translator's hands for the review queue
        } else if (t.claimedBy != null && t.claimedBy == actor.userId()) {
            t.claimExpiresAt = now.plus(lease); // any save renews the lease
        }
        changes.apply(t, action, decision.next(), request.target(), actor.userId(), null);
        return new SavedView(TranslationView.of(t), results.stream().filter(r -> r.severity() == Severity.WARNING).toList());
    }

    public SavedView approve(long segmentId, String lang, int version, Actor actor) {
        Translation t = locked(segmentId, lang, actor);
        checkVersion(t, version);
        Decision decision = decide(t, Action.APPROVE, actor);
        t.reviewedBy = actor.userId();
        releaseClaim(t);
        changes.apply(t, Action.APPROVE, decision.next(), t.target, actor.userId(), null);
        return new SavedView(TranslationView.of(t), List.of());
    }

    public SavedView reject(long segmentId, String lang, int version, String comment, Actor actor) {
        Translation t = locked(segmentId, lang, actor);
        checkVersion(t, version);
        Decision decision = decide(t, Action.REJECT, actor);
        t.reviewedBy = actor.userId();
        releaseClaim(t);
        addComment(t, comment, actor);
        changes.apply(t, Action.REJECT, decision.next(), t.target, actor.userId(), comment.strip());
        return new SavedView(TranslationView.of(t), List.of());
    }

    public CommentView comment(long segmentId, String lang, String body, Actor actor) {
        Translation t = locked(segmentId, lang, actor);
        return CommentView.of(addComment(t, body, actor));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DetailView detail(long segmentId, String lang) {
        Translation t = Translation.<Translation>find("segmentId = ?1 and lang = ?2", segmentId, lang)
                .firstResultOptional().orElseThrow(() -> notFound(segmentId, lang));
        Source source = source(segmentId);
        return new DetailView(source.notation(), source.lang(), TranslationView.of(t),
                TranslationHistory.of(t.id).stream().map(HistoryView::of).toList(),
                TranslationComment.of(t.id).stream().map(CommentView::of).toList());
    }

    private Translation locked(long segmentId, String lang, Actor actor) {
        if (!actor.worksIn(lang)) {
            throw Problems.notInLanguage(lang);
        }
        return Translation.lockFor(segmentId, lang).orElseThrow(() -> notFound(segmentId, lang));
    }

    private static RuntimeException notFound(long segmentId, String lang) {
        return Problems.of(ErrorCode.NOT_FOUND, "Segment " + segmentId + " has no translation into '" + lang + "'");
    }

    private static void checkVersion(Translation t, int version) {
        if (t.version != version) {
            throw Problems.builder(ErrorCode.VERSION_CONFLICT, "The translation changed since version " + version
                            + "; it is now at version " + t.version)
                    .with("current", TranslationView.of(t)).build();
        }
    }

    private Decision decide(Translation t, Action action, Actor actor) {
        Decision decision = policy.decide(t.status, action, actor, t.lang, t.translatedBy);
        if (decision.allowed()) {
            return decision;
        }
        ErrorCode code = switch (decision.refusal()) {
            case NOT_IN_LANGUAGE, ROLE_MISSING -> ErrorCode.FORBIDDEN;
            case SELF_APPROVAL -> ErrorCode.SELF_APPROVAL;
            case WRONG_STATUS -> ErrorCode.WRONG_STATUS;
        };
        throw Problems.builder(code, decision.reason()).with("current", TranslationView.of(t)).build();
    }

    private static void releaseClaim(Translation t) {
        t.claimedBy = null;
        t.claimExpiresAt = null;
    }

    private static TranslationComment addComment(Translation t, String body, Actor actor) {
        TranslationComment comment = new TranslationComment();
        comment.translationId = t.id;
        comment.authorId = actor.userId();
        comment.body = body.strip();
        comment.persist();
        return comment;
    }

    private Source source(long segmentId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT s.source_coded, s.source_codes, a.source_lang
                        FROM segment s JOIN revision r ON r.id = s.revision_id JOIN article a ON a.id = r.article_id
                        WHERE s.id = ?1""")
                .setParameter(1, segmentId).getSingleResult();
        SegmentContent content = new SegmentContent((String) row[0], (String) row[1]);
        return new Source(content, InlineNotation.render(content), (String) row[2]);
    }
}
