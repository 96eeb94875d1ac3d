package dev.tessera.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored translated documents, one per (article, language, revision). A copy is served
 * only while it was merged from the targets as they are now ({@code targets_updated_at}), so
 * a language that was reopened and approved again never gets yesterday's text.
 */
@ApplicationScoped
@Transactional
public class TranslatedDocuments {

    /** A stored document. */
    public record Stored(long articleId, String lang, long revisionId, byte[] bytes, String sha256, long size,
                         String contentType, String fileName, Instant targetsUpdatedAt) {
    }

    /** The columns of a stored document that {@link #find} reads. */
    record StoredRow(byte[] bytes, String sha256, long size, String contentType, String fileName,
                     Instant targetsUpdatedAt) {
    }

    private final EntityManager em;

    public TranslatedDocuments(EntityManager em) {
        this.em = em;
    }

    /** Stores (or replaces) the document merged from {@code inputs}. */
    public Stored store(DocumentAssembly.Inputs inputs, DocumentAssembly.Assembled assembled) {
        em.createNativeQuery("""
                        INSERT INTO translated_document (article_id, lang, revision_id, bytes, sha256, size, content_type,
                                                         file_name, targets_updated_at)
                        VALUES (:article, :lang, :revision, :bytes, :sha256, :size, :contentType, :fileName, :targetsUpdatedAt)
                        ON CONFLICT (article_id, lang, revision_id) DO UPDATE SET
                            bytes = excluded.bytes, sha256 = excluded.sha256, size = excluded.size,
                            content_type = excluded.content_type, file_name = excluded.file_name,
                            targets_updated_at = excluded.targets_updated_at, created_at = now()""")
                .setParameter("article", inputs.articleId())
                .setParameter("lang", inputs.lang())
                .setParameter("revision", inputs.revisionId())
                .setParameter("bytes", assembled.bytes())
                .setParameter("sha256", assembled.sha256())
                .setParameter("size", (long) assembled.bytes().length)
                .setParameter("contentType", assembled.contentType())
                .setParameter("fileName", assembled.fileName())
                .setParameter("targetsUpdatedAt", inputs.targetsUpdatedAt())
                .executeUpdate();
        return new Stored(inputs.articleId(), inputs.lang(), inputs.revisionId(), assembled.bytes(), assembled.sha256(),
                assembled.bytes().length, assembled.contentType(), assembled.fileName(), inputs.targetsUpdatedAt());
    }

    /** The stored document merged from exactly these targets, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> find(long articleId, String lang, long revisionId, Instant targetsUpdatedAt) {
        List<StoredRow> rows = em.createNativeQuery("""
                        SELECT bytes, sha256, size, content_type, file_name, targets_updated_at FROM translated_document
                        WHERE article_id = :article AND lang = :lang AND revision_id = :revision
                          AND targets_updated_at = :targetsUpdatedAt""", StoredRow.class)
                .setParameter("article", articleId)
                .setParameter("lang", lang)
                .setParameter("revision", revisionId)
                .setParameter("targetsUpdatedAt", targetsUpdatedAt)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Stored(articleId, lang, revisionId, r.bytes(), r.sha256(), r.size(),
                r.contentType(), r.fileName(), r.targetsUpdatedAt()));
    }

    /** Forgets the document of a language that is no longer complete. */
    public void delete(long articleId, String lang, long revisionId) {
        em.createNativeQuery("""
                        DELETE FROM translated_document
                        WHERE article_id = :article AND lang = :lang AND revision_id = :revision""")
                .setParameter("article", articleId)
                .setParameter("lang", lang)
                .setParameter("revision", revisionId)
                .executeUpdate();
    }

    /**
     * The target languages of the article's current revision that still have a segment not
     * approved, read under a per-article lock held to the end of the transaction, so that two
     * languages completing at once cannot both miss (or both announce) the article's completion.
     */
    public List<String> incompleteLanguages(long articleId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "article-completed:" + articleId)
                .getSingleResult();
        return em.createNativeQuery("""
                        SELECT l.lang FROM article a CROSS JOIN unnest(a.target_langs) AS l(lang)
                        WHERE a.id = :article AND EXISTS (SELECT 1 FROM translation t JOIN segment s ON s.id = t.segment_id
                            WHERE t.article_id = a.id AND t.lang = l.lang AND s.revision_id = a.current_revision_id
                              AND t.status <> 'APPROVED')""", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }
}
