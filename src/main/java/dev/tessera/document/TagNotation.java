package dev.tessera.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds the API's inline notation from text and tags as an XLIFF reader meets them, so that
 * both XLIFF versions come back in the one form the workflow checks. An opening whose closing
 * follows in the same segment becomes a pair ({@code <1>…</1>}); any other opening or closing
 * becomes an isolated tag ({@code <b1/>}, {@code <e1/>}). A tag whose id is not a number
 * cannot be one of Tessera's codes: it is left out and reported.
 */
final class TagNotation {

    /** What a tag in the file stands for. */
    enum Shape { OPENING, CLOSING, STANDALONE, ISOLATED_OPENING, ISOLATED_CLOSING }

    private record Piece(String text, Shape shape, int id) {
    }

    /** The notation and the tags it could not carry. */
    record Result(String notation, List<String> problems) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void text(CharSequence text) {
        pieces.add(new Piece(text.toString(), null, 0));
    }

    void tag(Shape shape, String id) {
        try {
            pieces.add(new Piece(null, shape, Integer.parseInt(id)));
        } catch (NumberFormatException e) {
            problems.add("the tag with id '" + id + "' is not one of the source's codes");
        }
    }

    Result build() {
        Shape[] shapes = new Shape[pieces.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.shape() == Shape.OPENING) {
                open.push(i);
            } else if (piece.shape() == Shape.CLOSING) {
                if (!open.isEmpty() && pieces.get(open.peek()).id() == piece.id()) {
                    shapes[open.pop()] = Shape.OPENING;
                    shapes[i] = Shape.CLOSING;
                } else {
                    shapes[i] = Shape.ISOLATED_CLOSING;
                }
            } else if (piece.shape() != null) {
                shapes[i] = piece.shape();
            }
        }
        for (int i : open) {
            shapes[i] = Shape.ISOLATED_OPENING;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.text() != null) {
                NotationLexer.escape(piece.text(), 0, piece.text().length(), out);
            } else {
                out.append(CodeToken.tag(kind(shapes[i]), piece.id()));
            }
        }
        return new Result(out.toString(), List.copyOf(problems));
    }

    private static CodeToken.Kind kind(Shape shape) {
        return switch (shape) {
            case OPENING -> CodeToken.Kind.OPENING;
            case CLOSING -> CodeToken.Kind.CLOSING;
            case STANDALONE -> CodeToken.Kind.PLACEHOLDER;
            case ISOLATED_OPENING -> CodeToken.Kind.ISOLATED_OPENING;
            case ISOLATED_CLOSING -> CodeToken.Kind.ISOLATED_CLOSING;
        };
    }
}
