package dev.tessera.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text-search queries ({@code tsquery}) of the candidate steps, over an entry's index
 * terms as lexemes ({@code array_to_tsvector(terms)}). Lexemes are written quoted, so that a
 * term is matched as it is, never parsed, stemmed or read as an operator.
 *
 * <p>"At least {@code k} of these words" is written as the OR of every subset of {@code k}
 * words, each an AND: one clause for the planner, and the GIN index intersects the words'
 * posting lists itself, so only entries that hold {@code k} of the words are read from the
 * table (docs/BENCHMARKS.md).
 */
public final class RareWordQuery {

    private RareWordQuery() {
    }

    /** Entries holding at least {@code shared} of {@code words} (all of them when there are fewer). */
    public static String atLeast(List<String> words, int shared) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words to look for");
        }
        int k = Math.min(shared, words.size());
        List<String> clauses = new ArrayList<>();
        subsets(words, k, 0, new ArrayList<>(), clauses);
        return clauses.size() == 1 ? clauses.get(0) : clauses.stream().map(c -> "(" + c + ")")
                .collect(Collectors.joining(" | "));
    }

    /** Entries holding any of {@code words}. */
    public static String anyOf(List<String> words) {
        return atLeast(words, 1);
    }

    private static void subsets(List<String> words, int k, int from, List<String> chosen, List<String> out) {
        if (chosen.size() == k) {
            out.add(String.join(" & ", chosen));
            return;
        }
        for (int i = from; i <= words.size() - (k - chosen.size()); i++) {
            chosen.add(lexeme(words.get(i)));
            subsets(words, k, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** A quoted lexeme: a quote doubled, a backslash escaped (the tsquery input syntax). */
    static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
