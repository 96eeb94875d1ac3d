package dev.tessera.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The readable form of a segment that the API and the editor show, and its way back.
 *
 * <p>Inline codes are written as tags carrying the code's id: a pair as {@code <1>bold</1>},
 * a standalone code as {@code <2/>}, an opening or closing whose partner lies outside the
 * segment as {@code <b3/>} / {@code <e3/>}. In text, {@code \<} is a literal {@code <} and
 * {@code \\} a literal backslash, so text that looks like a tag is never taken for one.
 *
 * <p>A translation comes back in this notation; {@link #parse} maps each tag to the source's
 * code of the same id and shape, so the target is stored in the same lossless form as the
 * source and can be merged. Tags may be moved; none may be added, dropped or repeated.
 */
public final class InlineNotation {

    private record Key(CodeToken.Kind kind, int id) {
    }

    private InlineNotation() {
    }

    /** The notation of a segment's content. */
    public static String render(SegmentContent content) {
        String text = content.codedText();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (CodeMarkers.Marker marker : CodeMarkers.of(content)) {
            NotationLexer.escape(text, from, marker.offset(), out);
            out.append(CodeToken.tag(marker.kind(), marker.id()));
            from = marker.offset() + 2;
        }
        NotationLexer.escape(text, from, text.length(), out);
        return out.toString();
    }

    /**
     * The content written by {@code notation}, using the codes of {@code source}.
     *
     * @throws InlineNotationException with every problem found, if the notation is malformed
     *         or does not carry exactly the source's codes, properly nested
     */
    public static SegmentContent parse(String notation, SegmentContent source) {
        List<InlineCodeProblem> problems = new ArrayList<>();
        SegmentContent content = build(notation, source, problems);
        if (!problems.isEmpty()) {
            throw new InlineNotationException(problems);
        }
        return content;
    }

    /** The problems {@link #parse} would report; empty when the notation is acceptable. */
    public static List<InlineCodeProblem> problems(String notation, SegmentContent source) {
        List<InlineCodeProblem> problems = new ArrayList<>();
        build(notation, source, problems);
        return problems;
    }

    /** The well-formed tags of a notation, in order (malformed ones are left out). */
    public static List<CodeToken> codeTokens(String notation) {
        List<CodeToken> tokens = new ArrayList<>();
        for (NotationLexer.Piece piece : NotationLexer.lex(notation).pieces()) {
            if (piece.token() != null) {
                tokens.add(piece.token());
            }
        }
        return tokens;
    }

    /** The literal text of a notation: tags removed, escapes undone. */
    public static String plainText(String notation) {
        StringBuilder out = new StringBuilder(notation.length());
        for (NotationLexer.Piece piece : NotationLexer.lex(notation).pieces()) {
            if (piece.text() != null) {
                out.append(piece.text());
            }
        }
        return out.toString();
    }

    private static SegmentContent build(String notation, SegmentContent source, List<InlineCodeProblem> problems) {
        Map<Key, Deque<CodeMarkers.Marker>> available = new HashMap<>();
        for (CodeMarkers.Marker marker : CodeMarkers.of(source)) {
            available.computeIfAbsent(new Key(marker.kind(), marker.id()), k -> new ArrayDeque<>()).add(marker);
        }
        NotationLexer.Result lexed = NotationLexer.lex(notation);
        problems.addAll(lexed.problems());
        StringBuilder coded = new StringBuilder(notation.length());
        Deque<CodeToken> open = new ArrayDeque<>();
        for (NotationLexer.Piece piece : lexed.pieces()) {
            if (piece.text() != null) {
                coded.append(piece.text());
                continue;
            }
            CodeToken token = piece.token();
            Deque<CodeMarkers.Marker> candidates = available.get(new Key(token.kind(), token.id()));
            CodeMarkers.Marker marker = candidates == null ? null : candidates.poll();
            if (marker == null) {
                problems.add(candidates == null
                        ? problem(InlineCodeProblem.Type.UNKNOWN_CODE, token, "the source has no code " + token.tag())
                        : problem(InlineCodeProblem.Type.DUPLICATED_CODE, token, token.tag() + " appears more often than in the source"));
            } else {
                coded.append(marker.marker()).append(marker.index());
            }
            checkNesting(token, open, problems);
        }
        for (CodeToken unclosed : open) {
            problems.add(problem(InlineCodeProblem.Type.UNBALANCED_PAIR, unclosed, unclosed.tag() + " is never closed"));
        }
        for (Deque<CodeMarkers.Marker> left : available.values()) {
            for (CodeMarkers.Marker marker : left) {
                String tag = CodeToken.tag(marker.kind(), marker.id());
                problems.add(new InlineCodeProblem(InlineCodeProblem.Type.MISSING_CODE, tag, tag + " is missing"));
            }
        }
        return new SegmentContent(coded.toString(), source.codes());
    }

    private static void checkNesting(CodeToken token, Deque<CodeToken> open, List<InlineCodeProblem> problems) {
        if (token.kind() == CodeToken.Kind.OPENING) {
            open.push(token);
        } else if (token.kind() == CodeToken.Kind.CLOSING) {
            if (!open.isEmpty() && open.peek().id() == token.id()) {
                open.pop();
                return;
            }
            for (Iterator<CodeToken> it = open.iterator(); it.hasNext(); ) {
                CodeToken candidate = it.next();
                if (candidate.id() == token.id()) {
                    it.remove();
                    problems.add(problem(InlineCodeProblem.Type.MISNESTED_PAIR, token,
                            token.tag() + " closes before the tags opened inside it"));
                    return;
                }
            }
            problems.add(problem(InlineCodeProblem.Type.UNBALANCED_PAIR, token, token.tag() + " closes nothing"));
        }
    }

    private static InlineCodeProblem problem(InlineCodeProblem.Type type, CodeToken token, String message) {
        return new InlineCodeProblem(type, token.tag(), message);
    }
}
