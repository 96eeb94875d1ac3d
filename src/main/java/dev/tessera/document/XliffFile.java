package dev.tessera.document;

import java.util.List;
import java.util.Objects;

/**
 * What an exported XLIFF file holds: the article and language it belongs to (an import of
 * another article or language is refused) and its segments in document order; consecutive
 * segments of one text unit are written as one group (1.2) or one unit (2.0).
 */
public record XliffFile(long articleId, String original, String sourceLang, String targetLang,
                        List<XliffSegment> segments) {

    public XliffFile {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        segments = List.copyOf(segments);
    }
}
