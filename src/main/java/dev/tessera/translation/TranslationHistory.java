package dev.tessera.translation;

import dev.tessera.status.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One change of a translation: appended, never updated (the table refuses updates and deletes). */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "translation_history")
public class TranslationHistory extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "translation_history_seq", sequenceName = "translation_history_seq", allocationSize = 50)
    @GeneratedValue(generator = "translation_history_seq")
    public Long id;

    @Column(name = "translation_id")
    public Long translationId;

    @Column(name = "changed_by")
    public Long changedBy;

    @Column(name = "changed_at")
    public Instant changedAt = Instant.now();

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status")
    public Status oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    public Status newStatus;

    @Column(name = "old_target")
    public String oldTarget;

    @Column(name = "new_target")
    public String newTarget;

    public String comment;

    /** Where the change came from ({@link Origin#id()}). */
    public String origin = Origin.API.id();

    /**
     * Writes the row of a change of {@code t} (still holding its old status and target) to
     * {@code next} and {@code newTarget}; saves, reviews and the system's own changes all log so.
     */
    public static void record(Translation t, String action, Status next, String newTarget, Long changedBy,
                              String comment, Origin origin) {
        TranslationHistory h = new TranslationHistory();
        h.origin = origin.id();
        h.translationId = t.id;
        h.changedBy = changedBy;
        h.action = action;
        h.oldStatus = t.status;
        h.newStatus = next;
        h.oldTarget = t.target;
        h.newTarget = newTarget;
        h.comment = comment;
        h.persist();
    }

    public static List<TranslationHistory> of(long translationId) {
        return list("translationId = ?1 order by id", translationId);
    }
}
