package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.article.SegmentMatching.Kind;
import dev.tessera.article.SegmentMatching.Match;
import dev.tessera.article.SegmentMatching.Sentence;
import dev.tessera.article.SourceUpdateViews.LanguageSummary;
import dev.tessera.article.SourceUpdateViews.SourceUpdateView;
import dev.tessera.article.SourceUpdateViews.StaleSegment;
import dev.tessera.common.Rows;
import dev.tessera.common.Sha256;
import dev.tessera.common.WordDiff;
import dev.tessera.document.DocumentFormat;
import dev.tessera.progress.ProgressCounters.Completion;
import dev.tessera.progress.ProgressRows;
import dev.tessera.translation.TranslationRows;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A new version of an article's source, in one transaction: the new revision (original bytes
 * kept) and its segments stored as an import stores them, each matched against the previous
 * revision's segments ({@link SegmentMatching}), translations carried over
 * ({@link RevisionCarryOver}), {@code NEW} rows for the rest, progress counted again, and the
 * events of languages whose completeness changed. The same bytes as the current revision change
 * nothing. A refused document rolls everything back.
 *
 * <p>Events ({@link CompletionEvents}): a language that was complete and is not any more gets
 * {@code article.language.reopened}; a language complete after the update (still, or for the
 * first time, when only unfinished segments were removed) gets {@code article.language.completed}
 * for the new revision, because its published document changed.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional
public class SourceUpdate {

    private static final Logger LOG = Logger.getLogger(SourceUpdate.class);

    /** What the by-external-id upsert did: created the article, or updated (or left) its source. */
    public record Upserted(long articleId, boolean created, SourceUpdateView update) {
    }

    private final EntityManager em;
    private final RevisionSegments segments;
    private final RevisionCarryOver carryOver;
    private final TranslationRows translationRows;
    private final ProgressRows progressRows;
    private final CompletionEvents events;
    private final ArticleQueries queries;
    private final ArticleImporter importer;
    private final SegmentMatching matching;

    public SourceUpdate(EntityManager em, RevisionSegments segments, RevisionCarryOver carryOver,
                        TranslationRows translationRows, ProgressRows progressRows, CompletionEvents events,
                        ArticleQueries queries, ArticleImporter importer, RevisionConfig config) {
        this.em = em;
        this.segments = segments;
        this.carryOver = carryOver;
        this.translationRows = translationRows;
        this.progressRows = progressRows;
        this.events = events;
        this.queries = queries;
        this.importer = importer;
        this.matching = new SegmentMatching(config.staleThreshold());
    }

    /**
     * Creates the article of an external id, or gives an existing one the new bytes as a source
     * update (its target languages, title and priority stay; the source language must match).
     */
    @TransactionConfiguration(timeout = 900)
    public Upserted upsert(ImportCommand command, Long userId) {
        importer.lock("external:" + command.externalId());
        var known = Article.findByExternalId(command.externalId());
        if (known.isEmpty()) {
            return new Upserted(importer.importInTransaction(command, userId).articleId(), true, null);
        }
        return new Upserted(known.get().id, false, apply(known.get().id, command, userId));
    }

    /** Makes {@code command.bytes()} the article's new revision. Only bytes, file name, content type, format and source language are read. */
    @TransactionConfiguration(timeout = 900)
    public SourceUpdateView update(long articleId, ImportCommand command, Long userId) {
        return apply(articleId, command, userId);
    }

    private SourceUpdateView apply(long articleId, ImportCommand command, Long userId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        importer.lock(article.externalId != null ? "external:" + article.externalId : "article:" + article.id);
        em.refresh(article);
        ArticleManagement.requireLive(article);
        if (command.sourceLang() != null && !command.sourceLang().equals(article.sourceLang)) {
            throw Problems.builder(ErrorCode.SOURCE_LANGUAGE_MISMATCH, "Article " + articleId + " is written in '"
                    + article.sourceLang + "', not '" + command.sourceLang() + "'").build();
        }
        // The format given, else the file name's, else the article's: a raw body of the same kind needs no hint.
        DocumentFormat format = command.format() != null || command.fileName() != null
                ? DocumentFormat.resolve(command.format(), command.fileName(), command.contentType(), command.bytes())
                : DocumentFormat.fromName(article.format).orElseThrow();
        Revision previous = Revision.findById(article.currentRevisionId);
        String sha256 = Sha256.hex(command.bytes());
        if (previous.sha256.equals(sha256)) {
            return new SourceUpdateView(queries.get(articleId), false, previous.number, List.of(), List.of());
        }

        Revision revision = Revision.of(article.id, previous.number + 1, command.bytes(), sha256,
                command.fileName() != null ? command.fileName() : previous.fileName, format, userId);
        revision.persist();
        em.flush();
        Phases phases = new Phases();
        RevisionSegments.Counts counts = segments.store(revision.id, command.bytes(), format, article.sourceLang,
                s -> { }, RevisionSegments.StoredRun.NONE);
        revision.segmentCount = counts.segments();
        revision.wordCount = counts.words();
        phases.done("store");

        List<StoredSegment> before = rows(previous.id);
        List<StoredSegment> after = rows(revision.id);
        phases.done("read");
        SegmentMatching.Result result = matching.match(sentences(before), sentences(after));
        phases.done("match");
        carryOver.lockTranslations(article.id);
        phases.done("lock");
        RevisionCarryOver.Outcome outcome = carryOver.apply(ids(before), ids(after), result, userId);
        phases.done("carry-over");
        List<String> targets = List.of(article.targetLangs);
        translationRows.createForPositions(revision.id, article.id, targets, 0, revision.segmentCount);
        phases.done("new-rows");

        article.currentRevisionId = revision.id;
        article.format = format.apiName();
        article.updatedAt = Instant.now();
        em.flush();
        Map<String, Completion> completion = progressRows.recount(article.id, targets);
        events.announce(article.id, revision.id, completion,
                Map.of("reason", "source-updated", "previousRevision", previous.number));
        phases.done("recount");
        // After the recount, so that pre-translation moves exact counters (and announces a
        // completion it causes itself).
        importer.fromMemory(revision.id);
        phases.done("memory");
        SourceUpdateView view = new SourceUpdateView(queries.get(articleId), true, previous.number,
                summaries(targets, result, outcome), staleSegments(before, after, result));
        phases.done("answer");
        LOG.debugf("Source update of article %d (%d segments): %s", articleId, revision.segmentCount, phases);
        return view;
    }

    /** How long each step of an update took, for the debug log. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long at = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append((now - at) / 1_000_000)
                    .append(" ms");
            at = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** What the matching needs of a stored segment. */
    private record StoredSegment(long id, String sourceHash, String plainText) {
    }

    /** A revision's segments, in order. */
    private List<StoredSegment> rows(long revisionId) {
        return Rows.of(em.createNativeQuery("SELECT id, source_hash, plain_text FROM segment WHERE revision_id = ?1"
                        + " ORDER BY position", Tuple.class)
                .setParameter(1, revisionId)).stream()
                .map(r -> new StoredSegment(Rows.id(r, "id"), Rows.text(r, "source_hash"), Rows.text(r, "plain_text")))
                .toList();
    }

    private static List<Sentence> sentences(List<StoredSegment> rows) {
        return rows.stream().map(r -> new Sentence(r.sourceHash(), r.plainText())).toList();
    }

    private static List<Long> ids(List<StoredSegment> rows) {
        return rows.stream().map(StoredSegment::id).toList();
    }

    private static List<LanguageSummary> summaries(List<String> targets, SegmentMatching.Result result,
                                                   RevisionCarryOver.Outcome outcome) {
        int staleMatches = (int) result.count(Kind.STALE);
        List<LanguageSummary> summaries = new ArrayList<>();
        for (String lang : targets) {
            int stale = outcome.staleByLanguage().getOrDefault(lang, 0);
            summaries.add(new LanguageSummary(lang, (int) result.count(Kind.KEPT), (int) result.count(Kind.MOVED),
                    stale, result.added().size() + staleMatches - stale, result.removed().size()));
        }
        return summaries;
    }

    private static List<StaleSegment> staleSegments(List<StoredSegment> before, List<StoredSegment> after,
                                                    SegmentMatching.Result result) {
        List<StaleSegment> stale = new ArrayList<>();
        for (Match m : result.matches()) {
            if (m.kind() == Kind.STALE) {
                String old = before.get(m.oldIndex()).plainText();
                String now = after.get(m.newIndex()).plainText();
                stale.add(new StaleSegment(before.get(m.oldIndex()).id(), m.newIndex(), m.score(),
                        old, now, WordDiff.diff(old, now)));
            }
        }
        return stale;
    }
}
