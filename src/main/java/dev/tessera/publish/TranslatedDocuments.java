package dev.tessera.publish;

import dev.tessera.common.Sha256;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    private final AgroalDataSource dataSource;

    public TranslatedDocuments(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores (or replaces) the document merged from {@code inputs}. */
    public Stored store(DocumentAssembly.Inputs inputs, DocumentAssembly.Assembled assembled) {
        String sql = """
                INSERT INTO translated_document (article_id, lang, revision_id, bytes, sha256, size, content_type,
                                                 file_name, targets_updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (article_id, lang, revision_id) DO UPDATE SET
                    bytes = excluded.bytes, sha256 = excluded.sha256, size = excluded.size,
                    content_type = excluded.content_type, file_name = excluded.file_name,
                    targets_updated_at = excluded.targets_updated_at, created_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, inputs.articleId());
            s.setString(2, inputs.lang());
            s.setLong(3, inputs.revisionId());
            s.setBytes(4, assembled.bytes());
            s.setString(5, assembled.sha256());
            s.setLong(6, assembled.bytes().length);
            s.setString(7, assembled.contentType());
            s.setString(8, assembled.fileName());
            s.setTimestamp(9, Timestamp.from(inputs.targetsUpdatedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the document failed", e);
        }
        return new Stored(inputs.articleId(), inputs.lang(), inputs.revisionId(), assembled.bytes(), assembled.sha256(),
                assembled.bytes().length, assembled.contentType(), assembled.fileName(), inputs.targetsUpdatedAt());
    }

    /** The stored document merged from exactly these targets, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> find(long articleId, String lang, long revisionId, Instant targetsUpdatedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT bytes, sha256, size, content_type, file_name, targets_updated_at FROM translated_document
                WHERE article_id = ? AND lang = ? AND revision_id = ? AND targets_updated_at = ?""")) {
            s.setLong(1, articleId);
            s.setString(2, lang);
            s.setLong(3, revisionId);
            s.setTimestamp(4, Timestamp.from(targetsUpdatedAt));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(articleId, lang, revisionId, rs.getBytes(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the document of a language that is no longer complete. */
    public void delete(long articleId, String lang, long revisionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM translated_document WHERE article_id = ? AND lang = ? AND revision_id = ?")) {
            s.setLong(1, articleId);
            s.setString(2, lang);
            s.setLong(3, revisionId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The target languages of the article's current revision that still have a segment not
     * approved, read under a per-article lock held to the end of the transaction, so that two
     * languages completing at once cannot both miss (or both announce) the article's completion.
     */
    public java.util.List<String> incompleteLanguages(long articleId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "article-completed:" + articleId);
                lock.execute();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT l.lang FROM article a CROSS JOIN unnest(a.target_langs) AS l(lang)
                    WHERE a.id = ? AND EXISTS (SELECT 1 FROM translation t JOIN segment s ON s.id = t.segment_id
                        WHERE t.article_id = a.id AND t.lang = l.lang AND s.revision_id = a.current_revision_id
                          AND t.status <> 'APPROVED')""")) {
                s.setLong(1, articleId);
                java.util.List<String> missing = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        missing.add(rs.getString(1));
                    }
                }
                return missing;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

}
