package dev.tessera.queue;

import dev.tessera.memory.MemoryViews.Suggestion;
import java.time.Instant;
import java.util.List;
import dev.tessera.status.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the queue endpoints. */
public final class QueueViews {

    private QueueViews() {
    }

    /** A neighbouring segment, shown for context. */
    public record Neighbour(long segmentId, String source, String target, @Schema(implementation = Status.class) String status) {
    }

    /**
     * A claimed segment; {@code suggestions} are the memory's best matches computed after the
     * import (empty while not yet computed, or when the memory has none).
     */
    public record ClaimedSegment(long segmentId, int position, String source, String plainText, int wordCount,
                                 @Schema(implementation = Status.class) String status, String target, int version, String lastComment,
                                 Neighbour previous, Neighbour next, List<Suggestion> suggestions) {
    }

    /**
     * A run of consecutive segments of one article, held until {@code leaseExpiresAt};
     * {@code ahead}: held as the run after the current one (a claim with {@code ahead=true}).
     */
    public record Claim(String lang, @Schema(enumeration = {"translate", "review"}) String role, Long articleId, String articleTitle, Instant leaseExpiresAt,
                        List<ClaimedSegment> segments,
                        @Schema(description = "True when the run is held as the one after the current run (claimed ahead)")
                        boolean ahead) {
    }

    public record Waiting(String lang, int rejected, int stale, int draft, int newSegments, int words,
                          int awaitingReview, int awaitingReviewWords, int claimedByMe) {
    }

    public record Released(int segments) {
    }
}
