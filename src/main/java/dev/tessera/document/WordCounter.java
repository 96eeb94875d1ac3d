package dev.tessera.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts the words of a segment's plain text, the unit of progress and of translators' pay.
 *
 * <p>The words are those of ICU4J's word break iterator in the source language (Unicode word
 * boundaries, UAX #29, with CLDR's tailorings and ICU's dictionaries), the boundaries GMX-V
 * word counts are defined on: every piece between two boundaries whose rule status is a
 * number, a letter, kana or an ideograph counts one word; spaces, punctuation and symbols
 * count nothing. So {@code Ankara'da} and {@code İstanbul’da} are one word each (an apostrophe
 * between letters joins), {@code 3.5} and {@code 1,000} one number each, while a hyphen
 * separates ({@code well-known}, {@code Северо-западный}: two words each). Chinese, Japanese
 * and Thai, written without spaces, are cut into dictionary words rather than counted per
 * character. {@code docs/DOCUMENTS.md} lists where this differs from Tessera's earlier counts.
 */
public final class WordCounter {

    private WordCounter() {
    }

    /**
     * @param languageCode the text's language (BCP 47), which chooses the tailoring; null or
     *                     empty for the root rules
     */
    public static int count(String text, String languageCode) {
        BreakIterator words = BreakIterator.getWordInstance(
                languageCode == null ? ULocale.ROOT : ULocale.forLanguageTag(languageCode));
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                count++;
            }
        }
        return count;
    }
}
