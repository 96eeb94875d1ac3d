package dev.tessera.translation;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.common.Rows;
import dev.tessera.common.Sha256;
import dev.tessera.document.SegmentContent;
import dev.tessera.document.InlineNotation;
import dev.tessera.memory.MemoryEntries;
import dev.tessera.memory.NewEntry;
import dev.tessera.status.Status;
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
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Saving, submitting, approving and rejecting a translation. Each runs in one short
 * transaction on the locked row: the version the client started from must still be current
 * (else 409 with the current state: nobody's work is overwritten silently), the workflow
 * policy must allow the move, and a save must pass the error checks. Every change to the row
 * is made before {@link TranslationChanges#apply}, whose counter update is the transaction's
 * last statement: the article's progress row, which every translator of the article updates,
 * stays locked only until the commit.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional
public class TranslationWorkflow {

    /** The source of a segment as the checks and the parser need it. */
    record Source(SegmentContent content, String notation, String lang, Long revisionId, String prevHash,
                          String nextHash, String plainText, String previousPlainText) {
    }

    private final EntityManager em;
    private final TranslationChanges changes;
    private final MemoryEntries memory;
    private final SuggestionsAhead suggestionsAhead;
    private final Checks checks;
    private final WorkflowPolicy policy;
    private final Duration lease;

    public TranslationWorkflow(EntityManager em, TranslationChanges changes, MemoryEntries memory,
                               SuggestionsAhead suggestionsAhead, Checks checks, ReviewConfig review, QueueConfig queue) {
        this.em = em;
        this.changes = changes;
        this.memory = memory;
        this.suggestionsAhead = suggestionsAhead;
        this.checks = checks;
        this.policy = new WorkflowPolicy(review.allowSelfApproval());
        this.lease = queue.lease();
    }

    /**
     * The result of an attempt: the translation as it now is, or why nothing changed. The XLIFF
     * import applies many units in one transaction and reports refusals unit by unit, so it
     * must learn of a refusal without an exception (which would doom the whole transaction).
     */
    public record Attempt(SavedView saved, HttpProblem refusal) {
        public boolean refused() {
            return refusal != null;
        }

        public SavedView orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return saved;
        }
    }

    public SavedView save(long segmentId, String lang, SaveRequest request, Actor actor) {
        if (request.status() != Status.DRAFT && request.status() != Status.TRANSLATED) {
            throw Problems.invalidField("status", "must be DRAFT or TRANSLATED");
        }
        return trySave(segmentId, lang, request, actor, Origin.API).orThrow();
    }

    /** Saves ({@code DRAFT}) or submits ({@code TRANSLATED}) under the same rules as {@link #save}, without throwing a refusal. */
    public Attempt trySave(long segmentId, String lang, SaveRequest request, Actor actor, Origin origin) {
        Translation t;
        try {
            t = locked(segmentId, lang, actor);
        } catch (HttpProblem refusal) {
            return new Attempt(null, refusal);
        }
        return save(t, request, actor, () -> source(segmentId), origin, immediate);
    }

    /** Saves or submits the locked row {@code t}; {@code sink} takes the change (at once, or for a batch). */
    private Attempt save(Translation t, SaveRequest request, Actor actor, Supplier<Source> sources, Origin origin,
                         Sink sink) {
        HttpProblem versionProblem = versionProblem(t, request.version());
        if (versionProblem != null) {
            return new Attempt(null, versionProblem);
        }
        Instant now = Instant.now();
        if (t.heldByAnotherThan(actor.userId(), now) && !policy.mayEditOverLease(actor)) {
            return new Attempt(null, Problems.builder(ErrorCode.CLAIMED_BY_ANOTHER, "Another translator holds this segment until "
                    + t.claimExpiresAt).with("current", TranslationView.of(t)).build());
        }
        Action action = policy.editAction(t.status, request.status(), actor, t.translatedBy);
        Decision decision = policy.decide(t.status, action, actor, t.lang, t.translatedBy);
        if (!decision.allowed()) {
            return new Attempt(null, decisionProblem(t, decision));
        }
        Source source = sources.get();
        List<CheckResult> results = checks.run(new CheckInput(source.notation(), source.content(), request.target(),
                source.lang(), t.lang, decision.next() == Status.TRANSLATED));
        if (Checks.hasErrors(results)) {
            return new Attempt(null, Problems.builder(ErrorCode.CHECKS_FAILED, "The target did not pass the checks")
                    .with("checks", results.stream().filter(r -> r.severity() == Severity.ERROR).toList())
                    .build());
        }
        t.translatedBy = policy.translatorAfter(action, actor, t.translatedBy);
        if (action == Action.SUBMIT) {
            releaseClaim(t); // submitted work leaves the translator's hands for the review queue
        } else if (t.claimedBy != null && t.claimedBy == actor.userId()) {
            t.claimExpiresAt = now.plus(lease); // any save renews the lease
        }
        sink.change(t, action, decision.next(), request.target(), actor.userId(), origin);
        return new Attempt(new SavedView(TranslationView.of(t),
                results.stream().filter(r -> r.severity() == Severity.WARNING).toList()), null);
    }

    public SavedView approve(long segmentId, String lang, int version, Actor actor) {
        return tryApprove(segmentId, lang, version, actor, Origin.API).orThrow();
    }

    /** Approves under the same rules as {@link #approve}, without throwing a refusal. */
    // Opens like trySave (lock or return the refusal): a helper cannot return from its caller.
    public Attempt tryApprove(long segmentId, String lang, int version, Actor actor, Origin origin) {
        Translation t;
        try {
            t = locked(segmentId, lang, actor);
        } catch (HttpProblem refusal) {
            return new Attempt(null, refusal);
        }
        return approve(t, version, actor, () -> source(segmentId), origin, immediate);
    }

    /** Approves the locked row {@code t}; {@code sink} takes the change and the memory's new entry. */
    private Attempt approve(Translation t, int version, Actor actor, Supplier<Source> sources, Origin origin, Sink sink) {
        HttpProblem versionProblem = versionProblem(t, version);
        if (versionProblem != null) {
            return new Attempt(null, versionProblem);
        }
        Decision decision = policy.decide(t.status, Action.APPROVE, actor, t.lang, t.translatedBy);
        if (!decision.allowed()) {
            return new Attempt(null, decisionProblem(t, decision));
        }
        t.reviewedBy = actor.userId();
        releaseClaim(t);
        sink.change(t, Action.APPROVE, decision.next(), t.target, actor.userId(), origin);
        Source source = sources.get();
        sink.approved(t.lang, Sha256.hex(source.notation()), NewEntry.approved(source.lang(), t.lang, source.notation(),
                t.target, source.prevHash(), source.nextHash(), t.articleId, t.segmentId, source.revisionId(),
                t.translatedBy));
        return new Attempt(new SavedView(TranslationView.of(t), List.of()), null);
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
                t.status == Status.STALE ? SourceChange.of(source.previousPlainText(), source.plainText()) : null,
                TranslationHistory.of(t.id).stream().map(HistoryView::of).toList(),
                TranslationComment.of(t.id).stream().map(CommentView::of).toList());
    }

    private Translation locked(long segmentId, String lang, Actor actor) {
        if (!actor.worksIn(lang)) {
            throw Problems.notInLanguage(lang);
        }
        Translation t = Translation.lockFor(segmentId, lang).orElseThrow(() -> notFound(segmentId, lang));
        HttpProblem closed = closed(t);
        if (closed != null) {
            throw closed;
        }
        return t;
    }

    /** Why nothing can be saved on {@code t} at all (archived, language removed, segment removed); null when open. */
    private HttpProblem closed(Translation t) {
        if (!t.active) {
            return inactive(t);
        }
        if (t.status == Status.REMOVED) {
            // Before the version check: whatever version the client holds, the answer is that the segment is gone.
            return Problems.builder(ErrorCode.SEGMENT_REMOVED, "Segment " + t.segmentId
                            + " left the article (a source update removed it, or an editor merged it into the segment before); nothing can be saved on it")
                    .with("current", TranslationView.of(t)).build();
        }
        return null;
    }

    /** Before the version check too: the article was archived, or the language removed from its targets. */
    private HttpProblem inactive(Translation t) {
        boolean archived = (Boolean) em.createNativeQuery("SELECT archived_at IS NOT NULL FROM article WHERE id = ?1")
                .setParameter(1, t.articleId).getSingleResult();
        return archived
                ? Problems.builder(ErrorCode.ARTICLE_ARCHIVED, "Article " + t.articleId
                        + " was archived; its work left every queue and nothing can be saved on it")
                        .with("current", TranslationView.of(t)).build()
                : Problems.builder(ErrorCode.LANGUAGE_REMOVED, "'" + t.lang + "' is no longer a target language of article "
                        + t.articleId + "; nothing can be saved in it")
                        .with("current", TranslationView.of(t)).build();
    }

    private static HttpProblem notFound(long segmentId, String lang) {
        return Problems.of(ErrorCode.NOT_FOUND, "Segment " + segmentId + " has no translation into '" + lang + "'");
    }

    private static void checkVersion(Translation t, int version) {
        HttpProblem problem = versionProblem(t, version);
        if (problem != null) {
            throw problem;
        }
    }

    private static HttpProblem versionProblem(Translation t, int version) {
        if (t.version == version) {
            return null;
        }
        return Problems.builder(ErrorCode.VERSION_CONFLICT, "The translation changed since version " + version
                        + "; it is now at version " + t.version)
                .with("current", TranslationView.of(t)).build();
    }

    private Decision decide(Translation t, Action action, Actor actor) {
        Decision decision = policy.decide(t.status, action, actor, t.lang, t.translatedBy);
        if (decision.allowed()) {
            return decision;
        }
        throw decisionProblem(t, decision);
    }

    private static HttpProblem decisionProblem(Translation t, Decision decision) {
        return Problems.builder(decision.refusal().code(), decision.reason()).with("current", TranslationView.of(t)).build();
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

    Source source(long segmentId) {
        return source(Rows.one(em.createNativeQuery("""
                        SELECT s.source_coded, s.source_codes, a.source_lang, s.revision_id, s.prev_hash, s.next_hash,
                               s.plain_text, s.previous_plain_text
                        FROM segment s JOIN article a ON a.id = (SELECT t.article_id FROM translation t
                                                                 WHERE t.segment_id = s.id LIMIT 1)
                        WHERE s.id = ?1""", Tuple.class)
                .setParameter(1, segmentId)));
    }

    private static Source source(Tuple row) {
        SegmentContent content = new SegmentContent(Rows.text(row, "source_coded"), Rows.text(row, "source_codes"));
        // A removed segment has no revision; it can never be approved, so the memory never sees one.
        return new Source(content, InlineNotation.render(content), Rows.text(row, "source_lang"),
                Rows.id(row, "revision_id"), Rows.text(row, "prev_hash"), Rows.text(row, "next_hash"),
                Rows.text(row, "plain_text"), Rows.text(row, "previous_plain_text"));
    }

    /** Where a decided change goes: written at once (one change per transaction), or gathered by a {@link Batch}. */
    private interface Sink {
        void change(Translation t, Action action, Status next, String target, long actorId, Origin origin);

        /** An approval: the memory's new entry, and the source whose waiting segments get fresh suggestions. */
        void approved(String lang, String sourceHash, NewEntry entry);
    }

    private final Sink immediate = new Sink() {
        @Override
        public void change(Translation t, Action action, Status next, String target, long actorId, Origin origin) {
            changes.apply(t, action, next, target, actorId, null, origin);
        }

        @Override
        public void approved(String lang, String sourceHash, NewEntry entry) {
            // The memory learns the pair in the approving transaction: it holds it exactly when the approval committed.
            memory.remember(entry);
            // Waiting segments with the same source now have an exact match: their stored lists are refreshed after the commit.
            suggestionsAhead.refreshAfterCommit(lang, sourceHash);
        }
    };

    /**
     * Starts a batch over the translations into {@code lang} of these segments: they are locked
     * in one statement (in id order, as a source update locks them) and their sources read in
     * one more. See {@link Batch}.
     */
    public Batch batch(Collection<Long> segmentIds, String lang, Origin origin) {
        Long[] ids = segmentIds.toArray(Long[]::new);
        Map<Long, Translation> rows = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Translation> locked = em.createNativeQuery("SELECT * FROM translation WHERE segment_id = ANY(?1) AND lang = ?2"
                        + " ORDER BY id FOR UPDATE", Translation.class)
                .setParameter(1, ids).setParameter(2, lang).getResultList();
        for (Translation t : locked) {
            rows.put(t.segmentId, t);
        }
        Map<Long, Source> sources = new HashMap<>();
        for (Tuple row : Rows.of(em.createNativeQuery("""
                        SELECT s.id, s.source_coded, s.source_codes, a.source_lang, s.revision_id, s.prev_hash, s.next_hash,
                               s.plain_text, s.previous_plain_text
                        FROM segment s JOIN translation t ON t.segment_id = s.id AND t.lang = ?2
                        JOIN article a ON a.id = t.article_id
                        WHERE s.id = ANY(?1)""", Tuple.class)
                .setParameter(1, ids).setParameter(2, lang))) {
            sources.put(Rows.id(row, "id"), source(row));
        }
        return new Batch(lang, origin, rows, sources);
    }

    /**
     * Many changes of one language in one transaction (an XLIFF file): each is decided in turn
     * by the same code, policy and checks as {@link #trySave} and {@link #tryApprove}, on rows
     * locked up front, and the rows, history, counters, completion events and memory entries
     * are written together by {@link #write}: a change no longer costs a flush, a lock, a
     * source read and a counter update of its own.
     */
    public final class Batch {

        private final String lang;
        private final Origin origin;
        private final Map<Long, Translation> rows;
        private final Map<Long, Source> sources;
        private final TranslationChanges.Pending pending = new TranslationChanges.Pending();
        private final Map<List<String>, NewEntry> entries = new LinkedHashMap<>();
        private final Set<String> approvedSources = new TreeSet<>();
        private final Sink sink = new Sink() {
            @Override
            public void change(Translation t, Action action, Status next, String target, long actorId, Origin origin) {
                changes.gather(t, action, next, target, actorId, origin, pending);
            }

            @Override
            public void approved(String lang, String sourceHash, NewEntry entry) {
                // One entry per pair, the last approval's (approving a pair again refreshes its entry).
                List<String> pair = List.of(entry.source(), entry.target());
                entries.remove(pair);
                entries.put(pair, entry);
                approvedSources.add(sourceHash);
            }
        };

        private Batch(String lang, Origin origin, Map<Long, Translation> rows, Map<Long, Source> sources) {
            this.lang = lang;
            this.origin = origin;
            this.rows = rows;
            this.sources = sources;
        }

        /** As {@link TranslationWorkflow#trySave}, on the row locked by the batch. */
        public Attempt trySave(long segmentId, SaveRequest request, Actor actor) {
            Translation t = rows.get(segmentId);
            HttpProblem refusal = refusal(segmentId, t, actor);
            return refusal != null ? new Attempt(null, refusal)
                    : save(t, request, actor, () -> sources.get(segmentId), origin, sink);
        }

        /** As {@link TranslationWorkflow#tryApprove}, on the row locked by the batch. */
        public Attempt tryApprove(long segmentId, int version, Actor actor) {
            Translation t = rows.get(segmentId);
            HttpProblem refusal = refusal(segmentId, t, actor);
            return refusal != null ? new Attempt(null, refusal)
                    : approve(t, version, actor, () -> sources.get(segmentId), origin, sink);
        }

        /** What {@link TranslationWorkflow#locked} refuses, in its order. */
        private HttpProblem refusal(long segmentId, Translation t, Actor actor) {
            if (!actor.worksIn(lang)) {
                return Problems.notInLanguage(lang);
            }
            if (t == null) {
                return notFound(segmentId, lang);
            }
            return closed(t);
        }

        /** Writes every change decided so far, in the transaction that locked the rows. */
        public void write() {
            changes.write(pending);
            memory.rememberAll(List.copyOf(entries.values()));
            approvedSources.forEach(hash -> suggestionsAhead.refreshAfterCommit(lang, hash));
        }
    }
}
