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

    public static List<TranslationHistory> of(long translationId) {
        return list("translationId = ?1 order by id", translationId);
    }
}
