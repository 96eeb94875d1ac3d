package dev.tessera.publish;

import dev.tessera.api.Problems;
import dev.tessera.article.Article;
import dev.tessera.article.DocumentReaders;
import dev.tessera.article.Revision;
import dev.tessera.common.Sha256;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.DocumentWriter;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.document.SegmentCuts;
import dev.tessera.document.SegmentKey;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an article back together in a target language: loads the revision's original bytes,
 * its segments and their approved targets (one short read), then merges them through the
 * document package outside any transaction. Only {@code APPROVED} targets are merged, also in
 * the draft preview; every other segment keeps its source text, so a preview shows exactly
 * what has been signed off and what is still in the source language.
 */
@ApplicationScoped
public class DocumentAssembly {

    /** What a merge needs, read in one go. */
    public record Inputs(long articleId, String externalId, String lang, long revisionId, int revisionNumber,
                         String sourceLang, DocumentFormat format, String fileName, byte[] original,
                         Map<SegmentKey, SegmentContent> approved, Set<SegmentKey> absorbed,
                         int approvedSegments, int segments, Instant targetsUpdatedAt) {

        /** Every segment approved: the document may be published. */
        public boolean complete() {
            return segments > 0 && approvedSegments == segments;
        }
    }

    /** How far a language is, without reading the targets: enough to decide whether a stored copy is current. */
    public record State(long revisionId, int segments, int approved, Instant targetsUpdatedAt) {
        public boolean complete() {
            return segments > 0 && approved == segments;
        }
    }

    /** A merged document. */
    public record Assembled(byte[] bytes, String sha256, String contentType, String fileName) {
    }

    /** How many of a language's translations are approved, and when the newest of them changed. */
    record ApprovedCount(long approved, Instant newest) {
    }

    /** A segment of the revision, in the columns a merge needs. */
    record SegmentRow(long id, String textUnitId, String okapiSegmentId, String sourceCoded, String sourceCodes,
                      String joinWithNext) {
    }

    /** A segment's translation into the language being merged. */
    record TranslationRow(long segmentId, String status, String target, Instant updatedAt) {
    }

    /** A segment with its translation (none when the row is missing), as a member of a group merged into one. */
    private record Member(SegmentRow segment, TranslationRow translation) {
    }

    private final EntityManager em;
    private final DocumentWriter writer;

    public DocumentAssembly(EntityManager em, DocumentReaders readers) {
        this.em = em;
        this.writer = readers.writer();
    }

    /**
     * Counts the approved segments of the current revision in one language (one aggregate query).
     *
     * @throws HttpProblem 404 for an unknown article or a language it is not translated into
     */
    @Transactional
    public State state(long articleId, String lang) {
        Article article = translated(articleId, lang);
        // Two plain aggregates rather than a join, for the reason given in load(); translation
        // rows exist only for the segments of an article's current revision.
        Long segments = (Long) em.createNativeQuery("SELECT count(*) FROM segment WHERE revision_id = :revision",
                        Long.class)
                .setParameter("revision", article.currentRevisionId).getSingleResult();
        ApprovedCount approved = (ApprovedCount) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE t.status = 'APPROVED' AND t.target IS NOT NULL), max(t.updated_at)
                        FROM translation t WHERE t.article_id = :article AND t.lang = :lang""", ApprovedCount.class)
                .setParameter("article", articleId).setParameter("lang", lang).getSingleResult();
        return new State(article.currentRevisionId, segments.intValue(), (int) approved.approved(),
                approved.newest() == null ? Instant.EPOCH : approved.newest());
    }

    /**
     * Reads the current revision of an article with the approved targets of one language.
     *
     * @throws HttpProblem 404 for an unknown article or a language it is not translated into
     */
    @Transactional
    public Inputs load(long articleId, String lang) {
        Article article = translated(articleId, lang);
        Revision revision = Revision.findById(article.currentRevisionId);
        DocumentFormat format = DocumentFormat.fromName(revision.format)
                .orElseThrow(() -> new IllegalStateException("Unknown format " + revision.format));
        // Two plain scans joined here by segment id: right after a large import the tables have
        // no statistics yet, and a planner that guesses them small picks a nested loop that
        // rereads the translations for every segment.
        List<TranslationRow> translationRows = em.createNativeQuery("""
                        SELECT t.segment_id, t.status, t.target, t.updated_at FROM translation t
                        WHERE t.article_id = :article AND t.lang = :lang""", TranslationRow.class)
                .setParameter("article", articleId).setParameter("lang", lang).getResultList();
        Map<Long, TranslationRow> translations = new HashMap<>();
        translationRows.forEach(t -> translations.put(t.segmentId(), t));
        List<SegmentRow> segments = em.createNativeQuery("""
                        SELECT s.id, s.text_unit_id, s.okapi_segment_id, s.source_coded, s.source_codes, s.join_with_next
                        FROM segment s WHERE s.revision_id = :revision ORDER BY s.position""", SegmentRow.class)
                .setParameter("revision", revision.id).getResultList();
        Map<SegmentKey, SegmentContent> approved = new HashMap<>();
        Set<SegmentKey> absorbed = new HashSet<>();
        int approvedSegments = 0;
        Instant updated = Instant.EPOCH;
        List<Member> group = new ArrayList<>();
        for (SegmentRow segment : segments) {
            TranslationRow t = translations.get(segment.id());
            if (t != null && t.updatedAt() != null && t.updatedAt().isAfter(updated)) {
                updated = t.updatedAt();
            }
            group.add(new Member(segment, t));
            if (segment.joinWithNext() == null) { // the group of filter segments an editor's split or merge made one ends here
                approvedSegments += putGroup(group, approved, absorbed);
                group.clear();
            }
        }
        approvedSegments += putGroup(group, approved, absorbed);
        return new Inputs(article.id, article.externalId, lang, revision.id, revision.number, article.sourceLang,
                format, fileName(revision, article, lang, format), revision.original, approved, absorbed,
                approvedSegments, segments.size(), updated);
    }

    /**
     * The approved target of a group of segments that stands for one or more filter segments:
     * normally one segment and one filter segment; the parts of a split (joined with the text
     * between them); or a merged segment whose key lists several filter segments ("0+2"), the
     * later ones joined into the first when the document is written. Only a group approved
     * throughout gives a target. Returns how many of the group's segments are approved.
     */
    private static int putGroup(List<Member> group, Map<SegmentKey, SegmentContent> approved, Set<SegmentKey> absorbed) {
        if (group.isEmpty()) {
            return 0;
        }
        int count = 0;
        SegmentContent joined = null;
        String between = null;
        Set<String> okapiIds = new LinkedHashSet<>();
        String textUnit = group.get(0).segment().textUnitId();
        for (Member member : group) {
            SegmentRow segment = member.segment();
            TranslationRow t = member.translation();
            okapiIds.addAll(List.of(segment.okapiSegmentId().split("\\+")));
            if (t == null || !"APPROVED".equals(t.status()) || t.target() == null) {
                continue;
            }
            count++;
            SegmentContent target = InlineNotation.parse(t.target(),
                    new SegmentContent(segment.sourceCoded(), segment.sourceCodes()));
            joined = joined == null ? target : SegmentCuts.join(joined, between, target);
            between = segment.joinWithNext();
        }
        if (count == group.size()) {
            List<String> ids = new ArrayList<>(okapiIds);
            approved.put(new SegmentKey(textUnit, ids.get(0)), joined);
            ids.subList(1, ids.size()).forEach(id -> absorbed.add(new SegmentKey(textUnit, id)));
        }
        return count;
    }

    private static Article translated(long articleId, String lang) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        if (article.currentRevisionId == null || !Arrays.asList(article.targetLangs).contains(lang)) {
            throw Problems.notFound("Translation of article " + articleId + " into", "'" + lang + "'");
        }
        return article;
    }

    /** Merges the approved targets into the original; the rest stays in the source language. Runs outside transactions. */
    public Assembled merge(Inputs inputs) {
        byte[] bytes = writer.merge(inputs.original(), inputs.format(), inputs.sourceLang(), inputs.lang(),
                key -> Optional.ofNullable(inputs.approved().get(key)), inputs.absorbed());
        return new Assembled(bytes, Sha256.hex(bytes), contentType(inputs.format()), inputs.fileName());
    }

    /** The media type of merged output, which is always UTF-8. */
    static String contentType(DocumentFormat format) {
        return format == DocumentFormat.DOCX ? format.contentType() : format.contentType() + "; charset=UTF-8";
    }

    /** {@code energy-transition.tr.html}: the original's name with the language before the extension. */
    static String fileName(Revision revision, Article article, String lang, DocumentFormat format) {
        String name = revision.fileName == null || revision.fileName.isBlank()
                ? "article-" + article.id + "." + format.extension() : revision.fileName;
        name = name.replaceAll("[\\\\/\"\\r\\n]", "_");
        int dot = name.lastIndexOf('.');
        String lower = lang.toLowerCase(Locale.ROOT);
        return dot > 0 ? name.substring(0, dot) + "." + lower + name.substring(dot) : name + "." + lower;
    }
}
