package dev.tessera.memory;

import java.time.Instant;

/**
 * What the memory is told to remember: a source and its target in the API's inline notation,
 * with where the pair came from. {@code prevHash} and {@code nextHash} are the source hashes
 * of the neighbouring segments (null at the document's edges and for TMX entries).
 */
public record NewEntry(String sourceLang, String targetLang, String source, String target,
                       String prevHash, String nextHash, Origin origin,
                       Long articleId, Long segmentId, Long revisionId, Long userId, Instant createdAt) {

    /** How an entry came into the memory. */
    public enum Origin {
        APPROVAL, TMX;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An approved translation of a segment. */
    public static NewEntry approved(String sourceLang, String targetLang, String source, String target, String prevHash,
                                    String nextHash, long articleId, long segmentId, long revisionId, Long userId) {
        return new NewEntry(sourceLang, targetLang, source, target, prevHash, nextHash, Origin.APPROVAL, articleId,
                segmentId, revisionId, userId, Instant.now());
    }

    /** A translation unit of an imported TMX file. */
    public static NewEntry imported(String sourceLang, String targetLang, String source, String target, Long userId,
                                    Instant createdAt) {
        return new NewEntry(sourceLang, targetLang, source, target, null, null, Origin.TMX, null, null, null, userId,
                createdAt == null ? Instant.now() : createdAt);
    }
}
