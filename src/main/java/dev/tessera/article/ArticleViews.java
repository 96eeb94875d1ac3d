package dev.tessera.article;

import dev.tessera.progress.ProgressView;
import dev.tessera.translation.SourceChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dev.tessera.status.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the article endpoints. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public record RevisionView(long id, int number, String sha256, long size, String fileName, String contentType,
                               String format, int segmentCount, int wordCount, Instant createdAt) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.id, r.number, r.sha256, r.size, r.fileName, r.contentType, r.format,
                    r.segmentCount, r.wordCount, r.createdAt);
        }
    }

    /** An article; {@code archived} (since {@code archivedAt}) when its work has left every queue and count. */
    public record ArticleView(long id, String externalId, String title, String sourceLang, List<String> targetLangs,
                              String format, int priority, LocalDate dueDate, Instant createdAt,
                              RevisionView revision, List<ProgressView> progress, boolean archived,
                              Instant archivedAt) {
    }

    /** One target language's state of a segment. */
    public record SegmentTranslation(@Schema(implementation = Status.class) String status, String target, int version) {
    }

    /**
     * A segment with its translations; {@code sourceChange} while one of them is {@code STALE}:
     * the text the old targets were made for, and the word diff to the text now.
     */
    public record SegmentView(long id, int position, String textUnitId, String okapiSegmentId, String source,
                              String plainText, int wordCount, Map<String, SegmentTranslation> translations,
                              SourceChange sourceChange) {
    }
}
