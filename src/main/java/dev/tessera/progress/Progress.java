package dev.tessera.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Segment and word counts by status for one (article, language); read, never recounted on request. */
@Entity
@Table(name = "progress")
public class Progress extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId, String lang) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "segments_total") public int segmentsTotal;
    @Column(name = "words_total") public int wordsTotal;
    @Column(name = "segments_new") public int segmentsNew;
    @Column(name = "words_new") public int wordsNew;
    @Column(name = "segments_draft") public int segmentsDraft;
    @Column(name = "words_draft") public int wordsDraft;
    @Column(name = "segments_translated") public int segmentsTranslated;
    @Column(name = "words_translated") public int wordsTranslated;
    @Column(name = "segments_rejected") public int segmentsRejected;
    @Column(name = "words_rejected") public int wordsRejected;
    @Column(name = "segments_approved") public int segmentsApproved;
    @Column(name = "words_approved") public int wordsApproved;
    @Column(name = "segments_stale") public int segmentsStale;
    @Column(name = "words_stale") public int wordsStale;
    @Column(name = "updated_at") public Instant updatedAt;

    public static List<Progress> forArticles(List<Long> articleIds) {
        return list("key.articleId in ?1 order by key.articleId, key.lang", articleIds);
    }
}
