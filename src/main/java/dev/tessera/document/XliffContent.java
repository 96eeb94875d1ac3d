package dev.tessera.document;

import java.util.List;

/**
 * An XLIFF file as read back: its version, the article it names (null when it names none),
 * its languages and its segments in file order.
 */
public record XliffContent(XliffVersion version, Long articleId, String sourceLang, String targetLang,
                           List<XliffUnit> units) {

    public XliffContent {
        units = List.copyOf(units);
    }
}
