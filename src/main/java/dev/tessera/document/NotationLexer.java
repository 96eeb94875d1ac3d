package dev.tessera.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a notation into literal text and tags, undoing the escapes.
 *
 * <p>The grammar: {@code \<} is a literal {@code <} and {@code \\} a literal backslash (any
 * other backslash is itself); every other {@code <} must start one of the tags {@code <n>},
 * {@code </n>}, {@code <n/>}, {@code <bn/>}, {@code <en/>}, where n is an integer.
 */
final class NotationLexer {

    /** A piece of notation: literal text ({@code token == null}) or a tag. */
    record Piece(String text, CodeToken token) {
    }

    record Result(List<Piece> pieces, List<InlineCodeProblem> problems) {
    }

    private static final Pattern TAG = Pattern.compile("<(?:/(-?\\d{1,9})|([be])?(-?\\d{1,9})(/)?)>");

    private NotationLexer() {
    }

    static Result lex(String notation) {
        List<Piece> pieces = new ArrayList<>();
        List<InlineCodeProblem> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = TAG.matcher(notation);
        int i = 0;
        while (i < notation.length()) {
            char c = notation.charAt(i);
            if (c == '\\' && i + 1 < notation.length()
                    && (notation.charAt(i + 1) == '<' || notation.charAt(i + 1) == '\\')) {
                text.append(notation.charAt(i + 1));
                i += 2;
            } else if (c == '<') {
                CodeToken token = matcher.region(i, notation.length()).lookingAt() ? token(matcher) : null;
                if (token == null) {
                    String shown = notation.substring(i, Math.min(notation.length(), i + 12));
                    problems.add(new InlineCodeProblem(InlineCodeProblem.Type.MALFORMED_TAG, shown,
                            "'" + shown + "' at " + i + " is not a tag; write \\< for a literal <"));
                    text.append(c);
                    i++;
                } else {
                    flush(text, pieces);
                    pieces.add(new Piece(null, token));
                    i = token.end();
                }
            } else {
                if (CodeMarkers.isMarker(c)) {
                    problems.add(new InlineCodeProblem(InlineCodeProblem.Type.MALFORMED_TAG,
                            String.format("U+%04X", (int) c), "reserved character U+" + Integer.toHexString(c) + " at " + i));
                } else {
                    text.append(c);
                }
                i++;
            }
        }
        flush(text, pieces);
        return new Result(pieces, problems);
    }

    /** Writes literal text so that it cannot be read as a tag. */
    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static CodeToken token(Matcher m) {
        int start = m.start();
        int end = m.end();
        if (m.group(1) != null) {
            return new CodeToken(CodeToken.Kind.CLOSING, Integer.parseInt(m.group(1)), start, end);
        }
        int id = Integer.parseInt(m.group(3));
        boolean selfClosing = m.group(4) != null;
        String prefix = m.group(2);
        if (prefix == null) {
            return new CodeToken(selfClosing ? CodeToken.Kind.PLACEHOLDER : CodeToken.Kind.OPENING, id, start, end);
        }
        if (!selfClosing) {
            return null;
        }
        return new CodeToken(prefix.equals("b") ? CodeToken.Kind.ISOLATED_OPENING : CodeToken.Kind.ISOLATED_CLOSING,
                id, start, end);
    }

    private static void flush(StringBuilder text, List<Piece> pieces) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text.toString(), null));
            text.setLength(0);
        }
    }
}
