package dev.tessera.translation;

import dev.tessera.status.Status;
import dev.tessera.translation.check.CheckResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the translation endpoints. */
public final class TranslationViews {

    private TranslationViews() {
    }

    /** A save: the target, DRAFT or TRANSLATED, and the version the translator started from. */
    public record SaveRequest(@NotNull @Size(max = 100_000) String target, @NotNull Status status, @NotNull Integer version) {
    }

    public record ApproveRequest(@NotNull Integer version) {
    }

    public record RejectRequest(@NotNull Integer version, @NotBlank @Size(max = 10_000) String comment) {
    }

    public record CommentRequest(@NotBlank @Size(max = 10_000) String body) {
    }

    public record TranslationView(long segmentId, String lang, @Schema(implementation = Status.class) String status, String target, int version,
                                  Long translatedBy, Long reviewedBy, Long claimedBy, Instant claimExpiresAt,
                                  Instant updatedAt) {
        public static TranslationView of(Translation t) {
            return new TranslationView(t.segmentId, t.lang, t.status.name(), t.target, t.version, t.translatedBy,
                    t.reviewedBy, t.claimedBy, t.claimExpiresAt, t.updatedAt);
        }
    }

    /** The answer to a save or review: the translation as it now is, and the warnings of the checks. */
    public record SavedView(TranslationView translation, List<CheckResult> warnings) {
    }

    public record HistoryView(Instant at, Long by, String action, @Schema(implementation = Status.class) String oldStatus,
                              @Schema(implementation = Status.class) String newStatus,
                              String oldTarget, String newTarget, String comment, String origin) {
        static HistoryView of(TranslationHistory h) {
            return new HistoryView(h.changedAt, h.changedBy, h.action, h.oldStatus.name(), h.newStatus.name(),
                    h.oldTarget, h.newTarget, h.comment, h.origin);
        }
    }

    public record CommentView(long id, long authorId, Instant createdAt, String body) {
        static CommentView of(TranslationComment c) {
            return new CommentView(c.id, c.authorId, c.createdAt, c.body);
        }
    }

    /**
     * A translation with its source, history and comments; {@code sourceChange} while the
     * translation is {@code STALE}: the source its target was made for and the word diff to now.
     */
    public record DetailView(String source, String sourceLang, TranslationView translation, SourceChange sourceChange,
                             List<HistoryView> history, List<CommentView> comments) {
    }
}
