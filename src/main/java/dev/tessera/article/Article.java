package dev.tessera.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A source article: what it is, which languages it goes into, and its current revision. */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(generator = "article_seq")
    public Long id;

    /** The publishing system's id of the article, unique when present. */
    @Column(name = "external_id")
    public String externalId;

    public String title;

    @Column(name = "source_lang")
    public String sourceLang;

    @Column(name = "target_langs")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] targetLangs;

    /** The document format's API name ({@code html}, {@code markdown}, …). */
    public String format;

    public int priority;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "current_revision_id")
    public Long currentRevisionId;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** When an editor archived the article (null while it is live): its work is out of every queue and count. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "archived_by")
    public Long archivedBy;

    public static Optional<Article> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }
}
