package dev.tessera.document;

/**
 * One inline-code tag as written in a segment's notation, e.g. {@code <1>} or {@code <e3/>}.
 *
 * @param kind  what the tag stands for
 * @param id    the code's id, shared by the two tags of a pair
 * @param start offset of the tag's {@code <} in the notation
 * @param end   offset just after the tag's {@code >}
 */
public record CodeToken(Kind kind, int id, int start, int end) {

    /** The five shapes of tag in the notation. */
    public enum Kind {
        /** {@code <1>}: opens a pair closed in the same segment. */
        OPENING,
        /** {@code </1>}: closes a pair opened in the same segment. */
        CLOSING,
        /** {@code <2/>}: a standalone code (image, line break, footnote mark). */
        PLACEHOLDER,
        /** {@code <b3/>}: opens something closed outside this segment. */
        ISOLATED_OPENING,
        /** {@code <e3/>}: closes something opened outside this segment. */
        ISOLATED_CLOSING
    }

    /** The tag as the notation writes it. */
    public String tag() {
        return tag(kind, id);
    }

    static String tag(Kind kind, int id) {
        return switch (kind) {
            case OPENING -> "<" + id + ">";
            case CLOSING -> "</" + id + ">";
            case PLACEHOLDER -> "<" + id + "/>";
            case ISOLATED_OPENING -> "<b" + id + "/>";
            case ISOLATED_CLOSING -> "<e" + id + "/>";
        };
    }
}
