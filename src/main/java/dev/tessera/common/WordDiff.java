package dev.tessera.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level differences between two texts, as translators read them: which words of the old
 * source were deleted, which were inserted, and what stayed. Source updates show it for a
 * segment that became {@code STALE}, and the memory shows it next to a fuzzy suggestion.
 *
 * <p>Texts are cut into tokens with the JDK's word {@link BreakIterator} (a word, a run of
 * spaces, or one punctuation mark; {@code Ankara'da} and {@code 3.5} stay whole), and the
 * token lists are compared with java-diff-utils' Myers diff. Concatenating the texts of the
 * {@code EQUAL} and {@code DELETE} pieces gives the old text back; of {@code EQUAL} and
 * {@code INSERT}, the new one.
 */
public final class WordDiff {

    /** What happened to a piece of text on the way from the old text to the new one. */
    public enum Type {
        @JsonProperty("equal") EQUAL,
        @JsonProperty("delete") DELETE,
        @JsonProperty("insert") INSERT
    }

    /** A run of tokens that the two texts share, or that only one of them has. */
    public record Piece(Type type, String text) {
    }

    private WordDiff() {
    }

    /** The pieces that turn {@code from} into {@code to}, adjacent pieces of a type joined. */
    public static List<Piece> diff(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        List<Piece> pieces = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(pieces, Type.EQUAL, a.subList(next, at));
            add(pieces, Type.DELETE, delta.getSource().getLines());
            add(pieces, Type.INSERT, delta.getTarget().getLines());
            next = at + delta.getSource().size();
        }
        add(pieces, Type.EQUAL, a.subList(next, a.size()));
        return pieces;
    }

    /**
     * How many word tokens must be inserted, deleted or replaced to turn one text into the
     * other (spaces do not count; a replaced word counts once). Zero for equal texts.
     */
    public static int distance(List<String> from, List<String> to) {
        int edits = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            edits += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return edits;
    }

    /** Similarity from 0 (nothing shared) to 100 (the same words), by {@link #distance}. */
    public static int similarity(String from, String to) {
        List<String> a = words(from);
        List<String> b = words(to);
        int longer = Math.max(a.size(), b.size());
        if (longer == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * (longer - distance(a, b)) / longer);
    }

    /**
     * One word break iterator per thread: making one is dear (the memory scores dozens of
     * candidates per lookup, each cut into words several times), and {@link #tokens} sets its
     * text before every use.
     */
    private static final ThreadLocal<BreakIterator> BOUNDARIES =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.ROOT));

    /** The tokens of a text that are not spaces: words and punctuation marks, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            if (!token.isBlank()) {
                words.add(token);
            }
        }
        return words;
    }

    /** Every token of a text, spaces included, so that the tokens joined give the text back. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        BreakIterator boundaries = BOUNDARIES.get();
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Type type, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).type() == type) {
            pieces.set(last, new Piece(type, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(type, text));
        }
    }
}
