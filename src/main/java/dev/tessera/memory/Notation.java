package dev.tessera.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the API's inline notation ({@code <1>bold</1>}, {@code <2/>}, {@code <b3/>},
 * {@code <e3/>}; {@code \<} and {@code \\} for literal characters) as far as the memory needs
 * it: the plain text that matching compares, and the tags that are re-placed on use. The
 * memory keeps its text in that notation, which is the API's published contract, so it needs
 * no part of the document layer to read it.
 */
final class Notation {

    /** The shape of a tag; pairs share their id. */
    enum Kind { OPENING, CLOSING, PLACEHOLDER, ISOLATED_OPENING, ISOLATED_CLOSING }

    /** One tag: its shape, its id, and where it stands in the notation. */
    record Tag(Kind kind, int id, int start, int end) {
        String text() {
            return write(kind, id);
        }
    }

    private static final Pattern TAG = Pattern.compile("<(?:/(\\d{1,9})|([be])?(\\d{1,9})(/)?)>");

    private Notation() {
    }

    /** The literal text: tags removed, escapes undone. A {@code <} that starts no tag stays as it is. */
    static String plain(String notation) {
        StringBuilder out = new StringBuilder(notation.length());
        scan(notation, out, null);
        return out.toString();
    }

    /** The tags, in order. */
    static List<Tag> tags(String notation) {
        List<Tag> tags = new ArrayList<>();
        scan(notation, null, tags);
        return tags;
    }

    // Also spelled by document.CodeToken.tag: the memory is a ground floor and reads the API's notation without it.
    static String write(Kind kind, int id) {
        return switch (kind) {
            case OPENING -> "<" + id + ">";
            case CLOSING -> "</" + id + ">";
            case PLACEHOLDER -> "<" + id + "/>";
            case ISOLATED_OPENING -> "<b" + id + "/>";
            case ISOLATED_CLOSING -> "<e" + id + "/>";
        };
    }

    private static void scan(String notation, StringBuilder text, List<Tag> tags) {
        Matcher matcher = TAG.matcher(notation);
        int i = 0;
        while (i < notation.length()) {
            char c = notation.charAt(i);
            if (c == '\\' && i + 1 < notation.length() && (notation.charAt(i + 1) == '<' || notation.charAt(i + 1) == '\\')) {
                append(text, notation.charAt(i + 1));
                i += 2;
            } else if (c == '<' && matcher.region(i, notation.length()).lookingAt() && tag(matcher) != null) {
                if (tags != null) {
                    tags.add(tag(matcher));
                }
                i = matcher.end();
            } else {
                append(text, c);
                i++;
            }
        }
    }

    private static void append(StringBuilder text, char c) {
        if (text != null) {
            text.append(c);
        }
    }

    private static Tag tag(Matcher m) {
        if (m.group(1) != null) {
            return new Tag(Kind.CLOSING, Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        int id = Integer.parseInt(m.group(3));
        boolean selfClosing = m.group(4) != null;
        if (m.group(2) == null) {
            return new Tag(selfClosing ? Kind.PLACEHOLDER : Kind.OPENING, id, m.start(), m.end());
        }
        if (!selfClosing) {
            return null;
        }
        return new Tag(m.group(2).equals("b") ? Kind.ISOLATED_OPENING : Kind.ISOLATED_CLOSING, id, m.start(), m.end());
    }
}
