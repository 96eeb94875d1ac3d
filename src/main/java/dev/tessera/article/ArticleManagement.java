package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.language.Languages;
import dev.tessera.progress.ProgressRows;
import dev.tessera.translation.TranslationRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Editors manage articles after the import: title, priority, due date and target languages
 * ({@link #patch}), archive ({@link #archive}: the work leaves every queue and every sum over
 * articles, nothing is deleted) and an admin's purge ({@link #purge}: every row of the article).
 * Each takes the importer's lock on the article, so it never interleaves with a source update.
 *
 * <p>A language removed from the targets keeps its rows (status, target, history, comments) with
 * {@code active = false}: no queue hands them out, no sum over articles counts them, nothing can
 * be saved on them. Adding it again makes them active, gives the current revision's segments that
 * lack one a {@code NEW} row, and counts the article again. Archive and removal record no outbox
 * event: the webhook contract has no name for them, and a publishing system does not act on
 * work that stopped. A language added again that turns out complete records
 * {@code article.language.completed}, as a source update would.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional
public class ArticleManagement {

    static final int TITLE_MAX = 500;
    static final int PRIORITY_LIMIT = 1000;

    private final EntityManager em;
    private final ArticleImporter importer;
    private final ArticleQueries queries;
    private final RevisionCarryOver carryOver;
    private final TranslationRows translationRows;
    private final ProgressRows progressRows;
    private final Outbox outbox;
    private final Languages languages;

    ArticleManagement(EntityManager em, ArticleImporter importer, ArticleQueries queries, RevisionCarryOver carryOver,
                      TranslationRows translationRows, ProgressRows progressRows, Outbox outbox, Languages languages) {
        this.em = em;
        this.importer = importer;
        this.queries = queries;
        this.carryOver = carryOver;
        this.translationRows = translationRows;
        this.progressRows = progressRows;
        this.outbox = outbox;
        this.languages = languages;
    }

    /** Refuses any change to an archived article (410 {@code ARTICLE_ARCHIVED}). */
    static void requireLive(Article article) {
        if (article.archivedAt != null) {
            throw Problems.builder(ErrorCode.ARTICLE_ARCHIVED, "Article " + article.id + " was archived at "
                    + article.archivedAt + "; it cannot be changed").with("articleId", article.id).build();
        }
    }

    /**
     * Applies the members the patch names. Removing a target language needs {@code confirm}
     * (else 409 {@code REMOVAL_UNCONFIRMED}, nothing changed).
     */
    public ArticleView patch(long articleId, ArticlePatch patch, boolean confirm) {
        Article article = locked(articleId);
        requireLive(article);
        String title = title(patch.title);
        Integer priority = priority(patch.priority);
        List<String> targets = patch.targetLangs == null ? null : targets(article, patch.targetLangs);
        List<String> before = List.of(article.targetLangs);
        List<String> removed = targets == null ? List.of() : before.stream().filter(l -> !targets.contains(l)).toList();
        List<String> added = targets == null ? List.of() : targets.stream().filter(l -> !before.contains(l)).toList();
        if (!removed.isEmpty() && !confirm) {
            throw Problems.builder(ErrorCode.REMOVAL_UNCONFIRMED, "Removing " + removed + " takes their work out of"
                            + " every queue and count (the translations and their history are kept); repeat with ?confirm=true")
                    .with("removed", removed).build();
        }
        boolean queueOrder = priority != null && priority != article.priority
                || patch.dueDateGiven() && !Objects.equals(patch.getDueDate(), article.dueDate);
        boolean languagesChange = !removed.isEmpty() || !added.isEmpty()
                || targets != null && !targets.equals(before);
        if (queueOrder || !added.isEmpty() || !removed.isEmpty()) {
            carryOver.lockTranslations(articleId); // saves and claims of the article wait for this change
        }
        if (title != null) {
            article.title = title;
        }
        if (priority != null) {
            article.priority = priority;
        }
        if (patch.dueDateGiven()) {
            article.dueDate = patch.getDueDate();
        }
        if (languagesChange) {
            article.targetLangs = targets.toArray(String[]::new);
        }
        article.updatedAt = Instant.now();
        em.flush();
        if (queueOrder) {
            em.createNativeQuery("UPDATE translation SET priority = ?2, due_date = ?3 WHERE article_id = ?1")
                    .setParameter(1, articleId).setParameter(2, article.priority).setParameter(3, article.dueDate)
                    .executeUpdate();
        }
        if (!removed.isEmpty()) {
            deactivate(articleId, removed);
        }
        if (!added.isEmpty()) {
            add(article, added);
        }
        em.clear();
        return queries.get(articleId);
    }

    /** Takes the article's work out of every queue and count; nothing is deleted. Archiving again changes nothing. */
    public ArticleView archive(long articleId, long userId) {
        Article article = locked(articleId);
        if (article.archivedAt == null) {
            carryOver.lockTranslations(articleId);
            deactivate(articleId, List.of(article.targetLangs));
            article.archivedAt = Instant.now();
            article.archivedBy = userId;
            em.flush();
        }
        return queries.get(articleId);
    }

    /** Deletes the article and every row that belongs to it; the translation memory keeps what it learnt. */
    public void purge(long articleId) {
        locked(articleId);
        carryOver.lockTranslations(articleId);
        em.createNativeQuery("SELECT set_config('tessera.purging', 'on', true)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Long> segments = em.createNativeQuery("""
                        SELECT segment_id FROM translation WHERE article_id = ?1
                        UNION SELECT s.id FROM segment s JOIN revision r ON r.id = s.revision_id WHERE r.article_id = ?1""",
                        Long.class)
                .setParameter(1, articleId).getResultList();
        Long[] segmentIds = segments.toArray(Long[]::new);
        run("DELETE FROM webhook_delivery WHERE event_id IN (SELECT id FROM outbox_event WHERE article_id = ?1)", articleId);
        run("DELETE FROM outbox_event WHERE article_id = ?1", articleId);
        run("DELETE FROM translated_document WHERE article_id = ?1", articleId);
        run("DELETE FROM translation_comment WHERE translation_id IN (SELECT id FROM translation WHERE article_id = ?1)", articleId);
        run("DELETE FROM translation_history WHERE translation_id IN (SELECT id FROM translation WHERE article_id = ?1)", articleId);
        run("DELETE FROM translation WHERE article_id = ?1", articleId);
        run("DELETE FROM progress WHERE article_id = ?1", articleId);
        run("UPDATE article SET current_revision_id = NULL WHERE id = ?1", articleId);
        // their stored suggestions go with them (ON DELETE CASCADE)
        em.createNativeQuery("DELETE FROM segment WHERE id = ANY (?1)").setParameter(1, segmentIds).executeUpdate();
        run("DELETE FROM revision WHERE article_id = ?1", articleId);
        run("DELETE FROM article WHERE id = ?1", articleId);
        em.clear();
    }

    private void run(String sql, long articleId) {
        em.createNativeQuery(sql).setParameter(1, articleId).executeUpdate();
    }

    private void deactivate(long articleId, List<String> langs) {
        em.createNativeQuery("""
                        UPDATE translation SET active = false, claimed_by = NULL, claim_expires_at = NULL
                        WHERE article_id = ?1 AND lang = ANY (cast(?2 AS text[])) AND active""")
                .setParameter(1, articleId).setParameter(2, langs.toArray(String[]::new)).executeUpdate();
    }

    private void add(Article article, List<String> added) {
        em.createNativeQuery("""
                        UPDATE translation SET active = true
                        WHERE article_id = ?1 AND lang = ANY (cast(?2 AS text[])) AND NOT active""")
                .setParameter(1, article.id).setParameter(2, added.toArray(String[]::new)).executeUpdate();
        Revision revision = Revision.findById(article.currentRevisionId);
        translationRows.createForPositions(revision.id, article.id, added, 0, revision.segmentCount);
        Map<String, dev.tessera.progress.ProgressCounters.Completion> completion =
                progressRows.recount(article.id, List.of(article.targetLangs));
        for (String lang : added) {
            if (completion.get(lang).isComplete()) {
                outbox.record(EventTypes.LANGUAGE_COMPLETED, article.id, lang, revision.id, Map.of());
            }
        }
    }

    /** The article, under the importer's lock of its key (source updates of it wait), read after the lock. */
    private Article locked(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        importer.lock(article.externalId != null ? "external:" + article.externalId : "article:" + article.id);
        em.refresh(article);
        return article;
    }

    private static String title(String title) {
        if (title == null) {
            return null;
        }
        String stripped = title.strip();
        if (stripped.isEmpty() || stripped.length() > TITLE_MAX) {
            throw Problems.invalidField("title", "must have 1 to " + TITLE_MAX + " characters");
        }
        return stripped;
    }

    private static Integer priority(Integer priority) {
        if (priority != null && (priority < -PRIORITY_LIMIT || priority > PRIORITY_LIMIT)) {
            throw Problems.invalidField("priority", "must be between -" + PRIORITY_LIMIT + " and " + PRIORITY_LIMIT);
        }
        return priority;
    }

    private List<String> targets(Article article, List<String> requested) {
        if (requested.isEmpty()) {
            throw Problems.invalidField("targetLangs", "must name at least one language (archive the article instead)");
        }
        Set<String> targets = new LinkedHashSet<>();
        for (String lang : requested) {
            if (lang == null) {
                throw Problems.invalidField("targetLangs", "must not contain null");
            }
            String code = languages.require("targetLangs", lang.strip());
            if (!targets.add(code)) {
                throw Problems.invalidField("targetLangs", "names '" + code + "' twice");
            }
        }
        if (targets.contains(article.sourceLang)) {
            throw Problems.invalidField("targetLangs", "must not contain the source language '" + article.sourceLang + "'");
        }
        return new ArrayList<>(targets);
    }
}
