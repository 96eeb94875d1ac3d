package dev.tessera.translation;

import dev.tessera.status.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A segment in one target language: its target text (in the API's inline notation), status,
 * version (every change adds one; a save must name the version it started from), who
 * translated and reviewed it, and who holds it in their queue until when.
 */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "translation")
public class Translation extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "segment_id")
    public Long segmentId;

    @Column(name = "article_id")
    public Long articleId;

    public String lang;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String target;

    public int version;

    @Column(name = "translated_by")
    public Long translatedBy;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "claimed_by")
    public Long claimedBy;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int position;

    public int priority;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** False while the article is archived or the language is not one of its targets: out of every queue. */
    public boolean active = true;

    /** The row, locked for the rest of the transaction, so concurrent changes queue up behind it. */
    public static Optional<Translation> lockFor(long segmentId, String lang) {
        return find("segmentId = ?1 and lang = ?2", segmentId, lang)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** True when someone other than {@code userId} holds a lease that has not run out. */
    public boolean heldByAnotherThan(long userId, Instant now) {
        return claimedBy != null && claimedBy != userId && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }
}
