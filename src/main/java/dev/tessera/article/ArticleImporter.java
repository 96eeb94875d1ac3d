package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.common.Sha256;
import dev.tessera.api.Problems;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.ExtractedSegment;
import dev.tessera.language.Languages;
import dev.tessera.metrics.WorkMeters;
import dev.tessera.progress.ProgressRows;
import dev.tessera.translation.PreTranslation;
import dev.tessera.translation.SuggestionsAhead;
import dev.tessera.translation.TranslationRows;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Importing an article: in one transaction, the article, its first revision (original bytes,
 * SHA-256, filter configuration, rules hash), its segments (streamed with COPY while the
 * filter runs), a {@code NEW} translation per segment and target language, and the progress
 * rows, and the translations that the memory holds exactly filled ({@link PreTranslation}); after
 * the commit, the suggestions of the rest are computed in the background ({@link SuggestionsAhead}).
 * A refused document rolls everything back. The same bytes imported again (by external
 * id, or by content and source language when there is none) return the existing article.
 */
@ApplicationScoped
public class ArticleImporter {

    /** How an import ended: the article, and whether it was created now. */
    public record Outcome(long articleId, boolean created) {
    }

    private static final int TITLE_LENGTH = 200;

    private final EntityManager em;
    private final Languages languages;
    private final TranslationRows translationRows;
    private final ProgressRows progressRows;
    private final RevisionSegments segments;
    private final PreTranslation preTranslation;
    private final SuggestionsAhead suggestionsAhead;
    @Inject
    WorkMeters meters;

    public ArticleImporter(EntityManager em, Languages languages, TranslationRows translationRows,
                           ProgressRows progressRows, RevisionSegments segments, PreTranslation preTranslation,
                           SuggestionsAhead suggestionsAhead) {
        this.em = em;
        this.languages = languages;
        this.translationRows = translationRows;
        this.progressRows = progressRows;
        this.segments = segments;
        this.preTranslation = preTranslation;
        this.suggestionsAhead = suggestionsAhead;
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Outcome importArticle(ImportCommand command, Long userId) {
        return importInTransaction(command, userId);
    }

    /** The import, inside a transaction the caller began (the by-external-id upsert's). */
    @Transactional(Transactional.TxType.MANDATORY)
    Outcome importInTransaction(ImportCommand command, Long userId) {
        long started = System.nanoTime();
        String source = languages.require("sourceLang", command.sourceLang());
        List<String> targets = targetLanguages(source, command.targetLangs());
        DocumentFormat format = DocumentFormat.resolve(command.format(), command.fileName(), command.contentType(),
                command.bytes());
        String sha256 = Sha256.hex(command.bytes());

        lock(command.externalId() != null ? "external:" + command.externalId() : "content:" + sha256);
        Optional<Outcome> existing = existing(command, sha256, source);
        if (existing.isPresent()) {
            return existing.get();
        }

        Article article = new Article();
        article.externalId = command.externalId();
        article.title = command.title() == null || command.title().isBlank() ? null : command.title().strip();
        article.sourceLang = source;
        article.targetLangs = targets.toArray(String[]::new);
        article.format = format.apiName();
        article.priority = command.priority();
        article.dueDate = command.dueDate();
        article.createdBy = userId;
        article.title = article.title == null ? "…" : article.title;
        article.persist();

        Revision revision = Revision.of(article.id, 1, command.bytes(), sha256, command.fileName(), format, userId);
        revision.persist();
        em.flush();

        FirstSentence firstSentence = new FirstSentence();
        RevisionSegments.Counts counts = segments.store(revision.id, command.bytes(), format, source, firstSentence,
                (from, to) -> translationRows.createForPositions(revision.id, article.id, targets, from, to));
        revision.segmentCount = counts.segments();
        revision.wordCount = counts.words();
        if (command.title() == null || command.title().isBlank()) {
            article.title = firstSentence.title(TITLE_LENGTH, command.externalId(), command.fileName());
        }
        article.currentRevisionId = revision.id;
        article.updatedAt = Instant.now();
        em.flush();

        progressRows.initialize(article.id, targets, revision.segmentCount, revision.wordCount);
        fromMemory(revision.id);
        meters.imported(revision.format, revision.segmentCount, Duration.ofNanos(System.nanoTime() - started));
        return new Outcome(article.id, true);
    }

    /**
     * The memory's part once a revision's translation rows and progress counters exist: exact
     * matches fill the {@code NEW} translations now, and the suggestions of the rest are computed
     * after the commit. An import and a source update end with it alike.
     */
    void fromMemory(long revisionId) {
        preTranslation.fill(revisionId);
        suggestionsAhead.afterCommit(revisionId);
    }

    private List<String> targetLanguages(String source, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return languages.codes().stream().filter(l -> !l.equals(source)).toList();
        }
        List<String> targets = requested.stream().map(String::strip).distinct().toList();
        targets.forEach(t -> languages.require("targetLangs", t));
        if (targets.contains(source)) {
            throw Problems.invalidField("targetLangs", "must not contain the source language '" + source + "'");
        }
        return targets;
    }

    /** Same bytes again: the existing article. Other bytes under a known external id: a conflict. */
    private Optional<Outcome> existing(ImportCommand command, String sha256, String source) {
        if (command.externalId() != null) {
            Optional<Article> known = Article.findByExternalId(command.externalId());
            if (known.isEmpty()) {
                return Optional.empty();
            }
            Revision current = Revision.findById(known.get().currentRevisionId);
            if (current.sha256.equals(sha256)) {
                return Optional.of(new Outcome(known.get().id, false));
            }
            throw Problems.builder(ErrorCode.SOURCE_CHANGED, "Article '" + command.externalId()
                            + "' exists with a different source; a new revision is made by a source update")
                    .with("articleId", known.get().id).build();
        }
        return em.createQuery("""
                        select a.id from Article a, Revision r
                        where r.id = a.currentRevisionId and r.sha256 = ?1 and a.sourceLang = ?2
                          and a.externalId is null""", Long.class)
                .setParameter(1, sha256).setParameter(2, source)
                .setMaxResults(1).getResultStream().findFirst()
                .map(id -> new Outcome(id, false));
    }

    /** Serialises imports and source updates of the same article (same external id, or same bytes) across instances. */
    void lock(String key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key).getSingleResult();
    }

    /** Remembers the first segment's text, the default title of an article imported without one. */
    private static final class FirstSentence implements Consumer<ExtractedSegment> {
        private String text;

        @Override
        public void accept(ExtractedSegment segment) {
            if (text == null) {
                text = segment.plainText().strip();
            }
        }

        String title(int max, String externalId, String fileName) {
            String title = text != null && !text.isBlank() ? text : externalId != null ? externalId : fileName;
            title = title == null ? "Untitled" : title.replaceAll("\\s+", " ");
            return title.length() <= max ? title : title.substring(0, max - 1) + "…";
        }
    }

}
