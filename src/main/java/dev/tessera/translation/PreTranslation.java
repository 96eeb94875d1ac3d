package dev.tessera.translation;

import dev.tessera.common.Rows;
import dev.tessera.progress.ProgressCounters;
import dev.tessera.progress.ProgressCounters.Completion;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pre-translation from the memory: every {@code NEW} translation (without a target) of a
 * revision's segments whose source the memory holds exactly — the same text with the same
 * inline codes, so that the entry's target fits the segment as it is — gets that target, as
 * {@code TRANSLATED} for a reviewer to confirm, or {@code APPROVED} for a 101% match (same
 * neighbouring segments too) when {@code tessera.memory.auto-approve-context-matches} is on.
 * Where the memory holds several targets, a 101% one wins, then the newest.
 *
 * <p>It runs in the caller's transaction, after the translation and progress rows of the
 * revision exist: import calls it, and a source update calls it for the segments it left
 * {@code NEW}. One statement fills the rows and writes their history (action
 * {@code PRETRANSLATE}, the entry named in the comment); the counters move shard by shard
 * in one statement per (language, status); a language that this completes records
 * {@code article.language.completed} in the outbox, as an approval would.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class PreTranslation {

    /** What was filled in one language. */
    public record Filled(String lang, int translated, int approved) {
    }

    private final EntityManager em;
    private final ProgressCounters progress;
    private final LanguageCompletion completion;
    private final boolean autoApprove;

    public PreTranslation(EntityManager em, ProgressCounters progress, LanguageCompletion completion,
                          @ConfigProperty(name = "tessera.memory.auto-approve-context-matches", defaultValue = "false")
                          boolean autoApprove) {
        this.em = em;
        this.progress = progress;
        this.completion = completion;
        this.autoApprove = autoApprove;
    }

    /** How many segments and words of one shard moved into {@code status}. */
    private record Moved(long articleId, String lang, Status status, int shard, int segments, int words) {

        static Moved of(Tuple r) {
            return new Moved(Rows.id(r, "article_id"), Rows.text(r, "lang"), Status.valueOf(Rows.text(r, "status")),
                    Rows.integer(r, "shard"), Rows.integer(r, "segments"), Rows.integer(r, "words"));
        }

        Group group() {
            return new Group(articleId, lang, status);
        }
    }

    /** The counters one {@link ProgressCounters#moveShards} call moves. */
    private record Group(long articleId, String lang, Status status) {
    }

    /** Fills the revision's NEW translations that have an exact memory match; returns the counts per language. */
    public List<Filled> fill(long revisionId) {
        em.flush();
        List<Moved> moved = Rows.of(em.createNativeQuery("""
                        WITH best AS (
                            SELECT DISTINCT ON (t.id) t.id, m.id AS entry_id, m.target,
                                   (m.prev_hash IS NOT DISTINCT FROM s.prev_hash
                                    AND m.next_hash IS NOT DISTINCT FROM s.next_hash) AS context
                            FROM segment s
                            JOIN revision r ON r.id = s.revision_id
                            JOIN article a ON a.id = r.article_id
                            JOIN translation t ON t.segment_id = s.id
                            JOIN memory_entry m ON m.source_lang = a.source_lang AND m.target_lang = t.lang
                                               AND m.source_hash = s.source_hash
                            WHERE s.revision_id = :revision AND t.status = 'NEW' AND t.target IS NULL AND t.active
                            ORDER BY t.id, context DESC, m.updated_at DESC, m.id DESC
                        ), changed AS (
                            UPDATE translation t
                            SET status = CASE WHEN b.context AND :approve THEN 'APPROVED' ELSE 'TRANSLATED' END,
                                target = b.target, version = t.version + 1, updated_at = now()
                            FROM best b WHERE t.id = b.id
                            RETURNING t.id, t.article_id, t.lang, t.position, t.segment_id, t.status, t.target,
                                      b.entry_id, b.context
                        ), history AS (
                            INSERT INTO translation_history (id, translation_id, changed_by, changed_at, action,
                                                             old_status, new_status, old_target, new_target, comment)
                            SELECT nextval('translation_history_seq'), c.id, NULL, now(), 'PRETRANSLATE', 'NEW',
                                   c.status, NULL, c.target,
                                   'Memory entry ' || c.entry_id || CASE WHEN c.context THEN ' (101% match)'
                                                                         ELSE ' (100% match)' END
                            FROM changed c
                        )
                        SELECT c.article_id, c.lang, c.status, c.position % :shards AS shard,
                               count(*)::int AS segments, sum(s.word_count)::int AS words
                        FROM changed c JOIN segment s ON s.id = c.segment_id
                        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""", Tuple.class)
                .setParameter("revision", revisionId).setParameter("approve", autoApprove)
                .setParameter("shards", ProgressCounters.SHARDS))
                .stream().map(Moved::of).toList();
        return countersMoved(moved);
    }

    /** Moves the counters of each (article, language, status) group; returns the counts per language. */
    private List<Filled> countersMoved(List<Moved> moved) {
        Map<Group, List<Moved>> groups = new LinkedHashMap<>();
        for (Moved row : moved) {
            groups.computeIfAbsent(row.group(), k -> new ArrayList<>()).add(row);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        // The order of the groups does not matter for the counters, and completion is decided by
        // the APPROVED group, which locks shard 0 first.
        for (Map.Entry<Group, List<Moved>> entry : groups.entrySet()) {
            Group group = entry.getKey();
            List<Moved> rows = entry.getValue();
            Integer[] shards = rows.stream().map(Moved::shard).toArray(Integer[]::new);
            Integer[] segments = rows.stream().map(Moved::segments).toArray(Integer[]::new);
            Integer[] words = rows.stream().map(Moved::words).toArray(Integer[]::new);
            Completion change = progress.moveShards(group.articleId(), group.lang(), Status.NEW, group.status(), shards,
                    segments, words);
            completion.afterChange(group.articleId(), group.lang(), change);
            int[] count = counts.computeIfAbsent(group.lang(), l -> new int[2]);
            count[group.status() == Status.APPROVED ? 1 : 0] += rows.stream().mapToInt(Moved::segments).sum();
        }
        List<Filled> filled = new ArrayList<>();
        counts.forEach((lang, count) -> filled.add(new Filled(lang, count[0], count[1])));
        return filled;
    }
}
