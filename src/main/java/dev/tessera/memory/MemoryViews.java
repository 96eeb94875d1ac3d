package dev.tessera.memory;

import dev.tessera.common.WordDiff;
import java.time.Instant;
import java.util.List;

/** What the memory shows: suggestions and concordance hits, as the API returns them. */
public final class MemoryViews {

    private MemoryViews() {
    }

    /** Where an entry came from: an approval (article, segment, revision, user) or a TMX import. */
    public record Origin(String type, Long articleId, Long segmentId, Long revisionId, Long userId, String username) {
    }

    /**
     * A match for a text: {@code score} 0–100 (101 when the neighbouring segments match too),
     * the entry's source, its target with the inline codes of the text asked about,
     * {@code diff} from the entry's source to that text (plain text, codes left out), and
     * whether every code found its place in the target.
     */
    public record Suggestion(long entryId, int score, String source, String target, List<WordDiff.Piece> diff,
                             Origin origin, Instant createdAt, boolean codesComplete) {
    }

    /** An entry found by concordance search. */
    public record ConcordanceHit(long entryId, String sourceLang, String targetLang, String source, String target,
                                 Origin origin, Instant createdAt) {
    }
}
