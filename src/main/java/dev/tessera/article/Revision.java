package dev.tessera.article;

import dev.tessera.document.DocumentFormat;
import dev.tessera.document.FilterConfigurations;
import dev.tessera.document.segmentation.Segmentation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an article's source, kept byte for byte: reassembly re-runs the same filter
 * (recorded in {@code filterConfig}) and the same segmentation rules ({@code rulesHash}) over it.
 */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @GeneratedValue(generator = "revision_seq")
    public Long id;

    @Column(name = "article_id")
    public Long articleId;

    public int number;

    /** The original bytes; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] original;

    public String sha256;

    public long size;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    public String format;

    @Column(name = "filter_config")
    public String filterConfig;

    @Column(name = "rules_hash")
    public String rulesHash;

    @Column(name = "segment_count")
    public int segmentCount;

    @Column(name = "word_count")
    public int wordCount;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /**
     * A new revision of the bytes as they came, with the filter and segmentation rules of today
     * (not yet persisted): the first of an import and each source update make it alike.
     */
    static Revision of(long articleId, int number, byte[] bytes, String sha256, String fileName,
                       DocumentFormat format, Long userId) {
        Revision revision = new Revision();
        revision.articleId = articleId;
        revision.number = number;
        revision.original = bytes;
        revision.sha256 = sha256;
        revision.size = bytes.length;
        revision.fileName = fileName;
        revision.contentType = format.contentType();
        revision.format = format.apiName();
        revision.filterConfig = FilterConfigurations.fingerprint(format);
        revision.rulesHash = Segmentation.rulesHash();
        revision.createdBy = userId;
        return revision;
    }
}
