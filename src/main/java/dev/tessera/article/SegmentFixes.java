package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.article.SourceUpdateViews.SegmentFixView;
import dev.tessera.common.Rows;
import dev.tessera.common.Sha256;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.document.SegmentCuts;
import dev.tessera.document.WordCounter;
import dev.tessera.progress.ProgressRows;
import dev.tessera.status.Status;
import dev.tessera.translation.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An editor's fixes of the segmentation of an article's current revision: splitting a segment
 * where the rules missed a sentence end, joining a segment with the next one of the same text
 * unit where they cut too early. Every translation of the segments involved that has a target
 * becomes {@code STALE} and keeps a target to start from (a split gives both parts the old
 * target; a merge, the two targets joined). Progress is counted again in the same transaction,
 * and a language that stops being complete is announced.
 *
 * <p>Reassembly must find the filter's segments again: the parts of a split keep the filter's
 * segment id, the first part recording the text between them ({@code join_with_next}); a merged
 * segment lists the filter segments it covers ({@code okapi_segment_id} "0+2"). The segment that
 * joined its predecessor leaves the revision; its translations become {@code REMOVED}.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional
public class SegmentFixes {

    /** A segment row of the current revision, as the fixes read it. */
    private record Row(long id, long revisionId, int position, String textUnitId, String okapiIds, SegmentContent content,
                       String plainText, String joinWithNext, String nextHash) {
    }

    static final String SPLIT = "SEGMENT_SPLIT";
    static final String MERGED = "SEGMENT_MERGED";

    private final EntityManager em;
    private final RevisionCarryOver carryOver;
    private final ProgressRows progressRows;
    private final CompletionEvents events;
    private final ArticleQueries queries;

    public SegmentFixes(EntityManager em, RevisionCarryOver carryOver, ProgressRows progressRows,
                        CompletionEvents events, ArticleQueries queries) {
        this.em = em;
        this.carryOver = carryOver;
        this.progressRows = progressRows;
        this.events = events;
        this.queries = queries;
    }

    public SegmentFixView split(long articleId, long segmentId, int offset, Long userId) {
        Article article = locked(articleId);
        Row row = current(article, segmentId);
        SegmentCuts.Split split;
        try {
            split = SegmentCuts.split(row.content(), offset);
        } catch (SegmentCuts.UnbalancedSplitException e) {
            throw Problems.of(ErrorCode.SPLIT_UNBALANCED_CODES, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("offset", e.getMessage());
        }
        DocumentFormat format = DocumentFormat.fromName(article.format).orElseThrow();
        shift(row.revisionId(), row.position(), 1);
        String leftHash = hash(split.left());
        String rightHash = hash(split.right());
        write(row.id(), split.left(), format, article.sourceLang, split.between(), row.plainText());
        em.createNativeQuery("UPDATE segment SET next_hash = ?2 WHERE id = ?1").setParameter(1, row.id())
                .setParameter(2, rightHash).executeUpdate();
        long rightId = ((Number) em.createNativeQuery("""
                        INSERT INTO segment (revision_id, position, text_unit_id, okapi_segment_id, source_coded,
                            source_codes, plain_text, word_count, source_hash, prev_hash, next_hash, join_with_next,
                            previous_plain_text)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', 0, ?7, ?8, ?9, ?10, ?11) RETURNING id""")
                .setParameter(1, row.revisionId()).setParameter(2, row.position() + 1)
                .setParameter(3, row.textUnitId()).setParameter(4, row.okapiIds())
                .setParameter(5, split.right().codedText()).setParameter(6, split.right().codes())
                .setParameter(7, rightHash).setParameter(8, leftHash).setParameter(9, row.nextHash())
                .setParameter(10, row.joinWithNext()).setParameter(11, row.plainText())
                .getSingleResult()).longValue();
        write(rightId, split.right(), format, article.sourceLang, row.joinWithNext(), row.plainText());
        em.createNativeQuery("UPDATE segment SET prev_hash = ?3 WHERE revision_id = ?1 AND position = ?2")
                .setParameter(1, row.revisionId()).setParameter(2, row.position() + 2).setParameter(3, rightHash)
                .executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO translation (segment_id, article_id, lang, status, target, position, priority, due_date, active)
                        SELECT ?1, t.article_id, t.lang, CASE WHEN t.target IS NULL OR t.status = 'NEW' THEN 'NEW' ELSE 'STALE' END,
                               t.target, ?2, t.priority, t.due_date, t.active
                        FROM translation t WHERE t.segment_id = ?3""")
                .setParameter(1, rightId).setParameter(2, row.position() + 1).setParameter(3, row.id()).executeUpdate();
        Instant now = Instant.now();
        for (Translation t : Translation.<Translation>list("segmentId = ?1", row.id())) {
            stale(t, SPLIT, userId, "split at " + offset + " into segments " + row.id() + " and " + rightId, now);
        }
        for (Translation t : Translation.<Translation>list("segmentId = ?1", rightId)) {
            RevisionCarryOver.history(t, SPLIT, t.status, userId, "split from segment " + row.id());
        }
        return finish(article, row.position(), 2);
    }

    public SegmentFixView mergeNext(long articleId, long segmentId, Long userId) {
        Article article = locked(articleId);
        Row row = current(article, segmentId);
        Row next = at(row.revisionId(), row.position() + 1).orElseThrow(() -> Problems.of(ErrorCode.NO_NEXT_SEGMENT,
                "Segment " + segmentId + " is the last one of the article"));
        if (!next.textUnitId().equals(row.textUnitId())) {
            throw Problems.of(ErrorCode.MERGE_ACROSS_TEXT_UNITS, "Segment " + segmentId + " ends its paragraph (text unit "
                    + row.textUnitId() + "); the next segment is in " + next.textUnitId());
        }
        // Between two segments of the filter the stored text has no record of the space: one is shown.
        String between = row.joinWithNext() != null ? row.joinWithNext() : " ";
        SegmentContent joined = SegmentCuts.join(row.content(), between, next.content());
        Set<String> okapiIds = new LinkedHashSet<>(List.of(row.okapiIds().split("\\+")));
        okapiIds.addAll(List.of(next.okapiIds().split("\\+")));
        Map<String, Translation> nextTranslations = new HashMap<>();
        Instant now = Instant.now();
        for (Translation t : Translation.<Translation>list("segmentId = ?1", next.id())) {
            nextTranslations.put(t.lang, t);
            RevisionCarryOver.history(t, MERGED, Status.REMOVED, userId, "joined into segment " + row.id());
            t.status = Status.REMOVED;
            t.version++;
            t.updatedAt = now;
            t.claimedBy = null;
            t.claimExpiresAt = null;
        }
        for (Translation t : Translation.<Translation>list("segmentId = ?1", row.id())) {
            Translation other = nextTranslations.get(t.lang);
            String otherTarget = other == null ? null : other.target;
            String target = t.target == null ? otherTarget : otherTarget == null ? t.target : t.target + between + otherTarget;
            Status status = target == null ? t.status : Status.STALE;
            RevisionCarryOver.history(t, MERGED, status, target, userId, "joined with segment " + next.id());
            if (status != t.status || !Objects.equals(target, t.target)) {
                t.status = status;
                t.target = target;
                t.version++;
                t.updatedAt = now;
            }
        }
        em.flush();
        em.createNativeQuery("UPDATE segment SET revision_id = NULL, merged_into = ?2 WHERE id = ?1")
                .setParameter(1, next.id()).setParameter(2, row.id()).executeUpdate();
        em.createNativeQuery("UPDATE segment SET okapi_segment_id = ?2, next_hash = ?3 WHERE id = ?1")
                .setParameter(1, row.id()).setParameter(2, String.join("+", okapiIds))
                .setParameter(3, next.nextHash()).executeUpdate();
        DocumentFormat format = DocumentFormat.fromName(article.format).orElseThrow();
        write(row.id(), joined, format, article.sourceLang, next.joinWithNext(), row.plainText());
        shift(row.revisionId(), row.position() + 1, -1);
        return finish(article, row.position(), 1);
    }

    private Article locked(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        carryOver.lockTranslations(articleId);
        em.refresh(article); // an archive that committed while this waited for the rows
        ArticleManagement.requireLive(article);
        return article;
    }

    private Row current(Article article, long segmentId) {
        List<Tuple> found = Rows.of(em.createNativeQuery("""
                        SELECT s.revision_id FROM segment s LEFT JOIN revision r ON r.id = s.revision_id
                        LEFT JOIN segment m ON m.id = s.merged_into LEFT JOIN revision mr ON mr.id = m.revision_id
                        WHERE s.id = ?1 AND (r.article_id = ?2 OR mr.article_id = ?2)""", Tuple.class)
                .setParameter(1, segmentId).setParameter(2, article.id));
        if (found.isEmpty()) {
            throw Problems.notFound("Segment " + segmentId + " of article", article.id);
        }
        Long revisionId = Rows.id(found.get(0), "revision_id");
        if (revisionId == null || !revisionId.equals(article.currentRevisionId)) {
            throw Problems.of(ErrorCode.SEGMENT_REMOVED, "Segment " + segmentId
                    + " is not in the article's current revision");
        }
        int position = ((Number) em.createNativeQuery("SELECT position FROM segment WHERE id = ?1")
                .setParameter(1, segmentId).getSingleResult()).intValue();
        return at(article.currentRevisionId, position).orElseThrow();
    }

    private Optional<Row> at(long revisionId, int position) {
        return Rows.of(em.createNativeQuery("""
                        SELECT id, position, text_unit_id, okapi_segment_id, source_coded, source_codes, plain_text,
                               join_with_next, next_hash
                        FROM segment WHERE revision_id = ?1 AND position = ?2""", Tuple.class)
                .setParameter(1, revisionId).setParameter(2, position)).stream().findFirst()
                .map(r -> new Row(Rows.id(r, "id"), revisionId, Rows.integer(r, "position"), Rows.text(r, "text_unit_id"),
                        Rows.text(r, "okapi_segment_id"),
                        new SegmentContent(Rows.text(r, "source_coded"), Rows.text(r, "source_codes")),
                        Rows.text(r, "plain_text"), Rows.text(r, "join_with_next"), Rows.text(r, "next_hash")));
    }

    /** Moves the segments (and their translations) after {@code position} by {@code delta}; positions stay unique. */
    private void shift(long revisionId, int position, int delta) {
        em.createNativeQuery("UPDATE segment SET position = -1 - (position + ?3) WHERE revision_id = ?1 AND position > ?2")
                .setParameter(1, revisionId).setParameter(2, position).setParameter(3, delta).executeUpdate();
        em.createNativeQuery("UPDATE segment SET position = -1 - position WHERE revision_id = ?1 AND position < 0")
                .setParameter(1, revisionId).executeUpdate();
        em.createNativeQuery("""
                        UPDATE translation t SET position = s.position FROM segment s
                        WHERE s.id = t.segment_id AND s.revision_id = ?1 AND t.position <> s.position""")
                .setParameter(1, revisionId).executeUpdate();
    }

    private void write(long segmentId, SegmentContent content, DocumentFormat format, String lang, String joinWithNext,
                       String previousPlainText) {
        String plain = SegmentCuts.plainText(content, format);
        em.createNativeQuery("""
                        UPDATE segment SET source_coded = ?2, source_codes = ?3, plain_text = ?4, word_count = ?5,
                            source_hash = ?6, join_with_next = ?7, previous_plain_text = ?8 WHERE id = ?1""")
                .setParameter(1, segmentId).setParameter(2, content.codedText()).setParameter(3, content.codes())
                .setParameter(4, plain).setParameter(5, WordCounter.count(plain, lang)).setParameter(6, hash(content))
                .setParameter(7, joinWithNext).setParameter(8, previousPlainText).executeUpdate();
    }

    private static String hash(SegmentContent content) {
        return Sha256.hex(InlineNotation.render(content));
    }

    private static void stale(Translation t, String action, Long userId, String comment, Instant now) {
        if (t.target == null || t.status == Status.NEW) {
            RevisionCarryOver.history(t, action, t.status, userId, comment);
            return;
        }
        RevisionCarryOver.history(t, action, Status.STALE, userId, comment);
        t.status = Status.STALE;
        t.version++;
        t.updatedAt = now;
    }

    private SegmentFixView finish(Article article, int position, int count) {
        em.flush();
        long revisionId = article.currentRevisionId;
        em.createNativeQuery("""
                        UPDATE revision SET segment_count = (SELECT count(*) FROM segment WHERE revision_id = ?1),
                            word_count = (SELECT coalesce(sum(word_count), 0) FROM segment WHERE revision_id = ?1)
                        WHERE id = ?1""").setParameter(1, revisionId).executeUpdate();
        var completion = progressRows.recount(article.id, List.of(article.targetLangs));
        events.announce(article.id, revisionId, completion, Map.of("reason", "segmentation-fixed"));
        return new SegmentFixView(queries.segmentRange(article.id, position, count));
    }
}
