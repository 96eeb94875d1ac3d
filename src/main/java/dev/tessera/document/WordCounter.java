package dev.tessera.document;

/**
 * Counts the words of a segment's plain text, the unit of progress and of translators' pay.
 *
 * <p>A word is a run of letters, digits and combining marks; an apostrophe, hyphen, period,
 * comma or underscore between two such characters joins them, so Turkish {@code Ankara'da},
 * {@code well-known}, {@code 3.5} and {@code 1,000} are one word each, while whitespace and
 * other punctuation separate words. Han, Hiragana, Katakana and Thai characters, written
 * without spaces, count one word each. The rule is the same for Turkish, English and Russian;
 * the language parameter leaves room for languages that need another.
 */
public final class WordCounter {

    private WordCounter() {
    }

    public static int count(String text, String languageCode) {
        int words = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                words++;
                inWord = false;
            } else if (isWordChar(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && isJoiner(cp) && next < length && isWordChar(text.codePointAt(next)))) {
                inWord = false;
            }
            i = next;
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '.' || cp == ',' || cp == '_';
    }

    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
