package dev.tessera.memory;

import dev.tessera.common.WordDiff;
import dev.tessera.common.WordDiff.Piece;
import java.util.List;
import java.util.Locale;

/**
 * The score of a memory entry for a text, 0 to 100, from the word-level differences of their
 * plain texts ({@link WordDiff}): 100 minus the share of the longer text that must be edited.
 * A translator's effort, not a character count, sets the costs:
 *
 * <ul>
 *   <li>a word inserted, deleted or replaced by an unrelated one: 1;</li>
 *   <li>a word replaced by another form of itself (a shared stem of at least three letters
 *       and most of the shorter word, as in Turkish {@code Ankara'da → Ankara'ya} or Russian
 *       {@code банк → банка}): 0.5, since the translation usually needs only its ending changed;</li>
 *   <li>a punctuation mark inserted, deleted or replaced: 0.5;</li>
 *   <li>a word that differs only in case (folded with the language's locale): 0.1.</li>
 * </ul>
 *
 * Texts that differ in anything, spaces included, score at most 99: 100 means the very same
 * text. Tags (inline codes) are not part of the plain text; {@link MemorySuggestions} takes
 * one point off when they differ.
 */
final class MatchScore {

    /** A score and the differences from the entry's text to the text asked about. */
    record Result(int score, List<Piece> diff) {
    }

    private static final double WORD = 1.0;
    private static final double MARK = 0.5;
    private static final double INFLECTION = 0.5;
    private static final double CASE = 0.1;

    private MatchScore() {
    }

    static Result of(String entryPlain, String queryPlain, Locale locale) {
        List<Piece> diff = WordDiff.diff(entryPlain, queryPlain);
        if (entryPlain.equals(queryPlain)) {
            return new Result(100, diff);
        }
        double cost = 0;
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Piece piece : diff) {
            switch (piece.type()) {
                case DELETE -> deleted.append(piece.text()).append(' ');
                case INSERT -> inserted.append(piece.text()).append(' ');
                case EQUAL -> {
                    cost += regionCost(deleted, inserted, locale);
                }
            }
        }
        cost += regionCost(deleted, inserted, locale);
        double length = Math.max(weight(WordDiff.words(entryPlain)), weight(WordDiff.words(queryPlain)));
        int score = length == 0 ? 0 : (int) Math.floor(100.0 * (length - cost) / length + 1e-9);
        return new Result(Math.max(0, Math.min(99, score)), diff);
    }

    /** The cheapest way to turn the deleted tokens of one changed region into the inserted ones. */
    private static double regionCost(StringBuilder deleted, StringBuilder inserted, Locale locale) {
        List<String> from = WordDiff.words(deleted.toString());
        List<String> to = WordDiff.words(inserted.toString());
        deleted.setLength(0);
        inserted.setLength(0);
        double[][] d = new double[from.size() + 1][to.size() + 1];
        for (int i = 1; i <= from.size(); i++) {
            d[i][0] = d[i - 1][0] + insertion(from.get(i - 1));
        }
        for (int j = 1; j <= to.size(); j++) {
            d[0][j] = d[0][j - 1] + insertion(to.get(j - 1));
        }
        for (int i = 1; i <= from.size(); i++) {
            for (int j = 1; j <= to.size(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + insertion(from.get(i - 1)), d[i][j - 1] + insertion(to.get(j - 1))),
                        d[i - 1][j - 1] + replacement(from.get(i - 1), to.get(j - 1), locale));
            }
        }
        return d[from.size()][to.size()];
    }

    private static double insertion(String token) {
        return MemoryText.isPunctuation(token) ? MARK : WORD;
    }

    static double replacement(String a, String b, Locale locale) {
        if (a.equals(b)) {
            return 0;
        }
        boolean markA = MemoryText.isPunctuation(a);
        boolean markB = MemoryText.isPunctuation(b);
        if (markA || markB) {
            return markA && markB ? MARK : MARK + WORD;
        }
        String x = MemoryText.fold(a, locale);
        String y = MemoryText.fold(b, locale);
        if (x.equals(y)) {
            return CASE;
        }
        int shorter = Math.min(x.length(), y.length());
        int prefix = 0;
        while (prefix < shorter && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 3 && prefix >= Math.ceil(0.6 * shorter) && shorter >= 4 ? INFLECTION : WORD;
    }

    private static double weight(List<String> tokens) {
        double weight = 0;
        for (String token : tokens) {
            weight += insertion(token);
        }
        return weight;
    }
}
