package dev.tessera.document;

import java.util.Map;

/**
 * A stand-in translation that keeps every inline code where it is and changes most letters a
 * reader could see: vowels get accents, except in words right before a period (which
 * segmentation rules may know as abbreviations) and the first word of a sentence (whose
 * capital letter the rules look at). Character references ({@code &amp;}) are left alone,
 * so the output stays valid; punctuation and case are kept, so segmentation finds the same
 * sentences again.
 */
final class PseudoTranslation {

    private static final Map<Character, Character> ACCENTED = Map.of(
            'a', 'á', 'e', 'é', 'i', 'í', 'o', 'ó', 'u', 'ú', 'A', 'Á', 'E', 'É', 'O', 'Ó', 'U', 'Ú');

    private PseudoTranslation() {
    }

    /** The pseudo-translation of a notation; tags and escapes pass through unchanged. */
    static String of(String notation) {
        StringBuilder out = new StringBuilder(notation.length());
        int i = 0;
        boolean firstWord = true;
        while (i < notation.length()) {
            char c = notation.charAt(i);
            int end = skipTo(notation, i);
            if (end > i) {
                out.append(notation, i, end);
                i = end;
            } else if (Character.isLetter(c)) {
                int word = i;
                while (word < notation.length() && Character.isLetter(notation.charAt(word))) {
                    word++;
                }
                boolean abbreviation = word < notation.length() && notation.charAt(word) == '.'
                        || firstWord || followsSentenceEnd(notation, i);
                firstWord = false;
                for (int k = i; k < word; k++) {
                    char letter = notation.charAt(k);
                    out.append(abbreviation ? letter : ACCENTED.getOrDefault(letter, letter));
                }
                i = word;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the last non-space character before {@code i} ends a sentence. */
    private static boolean followsSentenceEnd(String notation, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(notation.charAt(k))) {
            k--;
        }
        return k >= 0 && k < i - 1 && ".!?".indexOf(notation.charAt(k)) >= 0;
    }

    /** End of a tag, escape or character reference starting at {@code i}, or {@code i}. */
    private static int skipTo(String notation, int i) {
        char c = notation.charAt(i);
        if (c == '\\' && i + 1 < notation.length()) {
            return i + 2;
        }
        if (c == '<' || c == '&') {
            int close = notation.indexOf(c == '<' ? '>' : ';', i);
            if (close > i && close - i < 12 && (c == '<' || notation.substring(i + 1, close).matches("#?\\w+"))) {
                return close + 1;
            }
        }
        return i;
    }
}
