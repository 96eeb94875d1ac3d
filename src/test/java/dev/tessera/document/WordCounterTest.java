package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word counts by ICU4J's word break iterator, the GMX-V boundaries. Each row gives the count and
 * the count of the hand-written counter Tessera used before ({@code before}), so the differences
 * are on record: hyphens now separate, a comma between letters separates, a suffix after a
 * number is a word of its own (Turkish {@code 2024'teki}: two), and text without
 * spaces is cut into dictionary words instead of one word per character. Everything else —
 * apostrophe suffixes, decimal and grouped numbers, punctuation and symbols counting nothing —
 * counts as before.
 */
class WordCounterTest {

    @ParameterizedTest(name = "{0}: \"{1}\" = {2} (before: {3})")
    @CsvSource(delimiter = '|', textBlock = """
            # lang | text                                          | words | before
            en     | Read the report now.                          | 4     | 4
            en     | '  — , ! '                                    | 0     | 0
            en     | Wheat exports rose by 12.5% in 2024/25.       | 8     | 8
            en     | Exports reached 1,000,000 tonnes.             | 4     | 4
            en     | A well-known, long-term trend.                | 6     | 4
            en     | snake_case and e.g. stay whole                | 5     | 5
            en     | 'red,green'                                   | 2     | 1
            en     | 'Prices — up 3 % — surprised #analysts 😀'     | 5     | 5
            tr     | Ankara'da ve İstanbul’da görüşmeler sürüyor.  | 5     | 5
            tr     | Türkiye'nin 2024'teki büyümesi %3,2 oldu.     | 6     | 5
            tr     | Orta-uzun vadede İSTANBUL'DA faiz ılımlı.     | 6     | 5
            ru     | Северо-западный ветер усилился.               | 4     | 3
            ru     | Инфляция составила 4,3 % в 2023 г.            | 6     | 6
            ru     | Ёлка, «ещё» и т. д.                           | 5     | 5
            ja     | 日本語の文章                                   | 3     | 6
            """)
    void countsWordsAsTheWordBreakIteratorCutsThem(String lang, String text, int words, int before) {
        assertThat(WordCounter.count(text, lang)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|two words", "tr|iki kelime", "ru|два слова"})
    void theLanguageOnlyTailorsTheRules(String lang, String text) {
        assertThat(WordCounter.count(text, lang)).isEqualTo(2);
        assertThat(WordCounter.count(text, null)).isEqualTo(2);
        assertThat(WordCounter.count(text, "")).isEqualTo(2);
    }
}
