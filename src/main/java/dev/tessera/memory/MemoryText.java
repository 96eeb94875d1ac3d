package dev.tessera.memory;

import dev.tessera.common.WordDiff;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the memory compares words: folded to lower case with the language's own rules (Turkish
 * {@code İ → i} and {@code I → ı}; Russian {@code ё} read as {@code е}), so that a sentence
 * written in capitals or starting a paragraph still finds its match. Punctuation marks are
 * tokens of their own but never index terms.
 */
public final class MemoryText {

    private MemoryText() {
    }

    public static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }

    /** A word as matching sees it. */
    static String fold(String word, Locale locale) {
        String folded = word.toLowerCase(locale);
        if ("ru".equals(locale.getLanguage())) {
            folded = folded.replace('ё', 'е');
        }
        return folded;
    }

    /** True for tokens with no letter or digit: punctuation marks and symbols. */
    static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The distinct folded words of a plain text, in order of first appearance: the index terms. */
    public static List<String> terms(String plain, Locale locale) {
        Set<String> terms = new LinkedHashSet<>();
        for (String token : WordDiff.words(plain)) {
            if (!isPunctuation(token)) {
                terms.add(fold(token, locale));
            }
        }
        return List.copyOf(terms);
    }

    /** How many words (not punctuation marks) a plain text has: the length pre-filter's measure. */
    public static int wordCount(String plain) {
        int words = 0;
        for (String token : WordDiff.words(plain)) {
            if (!isPunctuation(token)) {
                words++;
            }
        }
        return words;
    }
}
