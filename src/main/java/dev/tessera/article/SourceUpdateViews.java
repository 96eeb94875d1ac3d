package dev.tessera.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.common.WordDiff;
import java.util.List;

/** Response bodies of source updates and segmentation fixes. */
public final class SourceUpdateViews {

    private SourceUpdateViews() {
    }

    /**
     * What a source update did in one target language. {@code added} (JSON {@code new}): segments
     * that start from nothing, including changed sentences that had no target in this language.
     */
    public record LanguageSummary(String lang, int kept, int moved, int stale,
                                  @JsonProperty("new") int added, int removed) {
    }

    /** A changed sentence that kept its old target as STALE: how similar it is, and the word diff. */
    public record StaleSegment(long segmentId, int position, int score, String previousSource, String source,
                               List<WordDiff.Piece> diff) {
    }

    /**
     * The answer to a source update. {@code changed} is false when the bytes were those of the
     * current revision (nothing was done); {@code previousRevision} is the revision number the
     * update started from.
     */
    public record SourceUpdateView(ArticleView article, boolean changed, int previousRevision,
                                   List<LanguageSummary> languages, List<StaleSegment> staleSegments) {
    }

    /** The answer to a split or merge: the segments as they now are, with their translations. */
    public record SegmentFixView(List<ArticleViews.SegmentView> segments) {
    }
}
