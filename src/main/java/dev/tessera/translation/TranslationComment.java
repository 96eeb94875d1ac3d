package dev.tessera.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A comment on a segment in one language: a rejection reason, a question, a note. */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "translation_comment")
public class TranslationComment extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "translation_comment_seq", sequenceName = "translation_comment_seq", allocationSize = 50)
    @GeneratedValue(generator = "translation_comment_seq")
    public Long id;

    @Column(name = "translation_id")
    public Long translationId;

    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public String body;

    public static List<TranslationComment> of(long translationId) {
        return list("translationId = ?1 order by id", translationId);
    }
}
