package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void countsWordsSeparatedByWhitespaceAndPunctuation() {
        assertThat(WordCounter.count("Read the report now.", "en")).isEqualTo(4);
        assertThat(WordCounter.count("  — , ! ", "en")).isZero();
        assertThat(WordCounter.count("Wheat exports rose by 12.5% in 2024/25.", "en")).isEqualTo(8);
    }

    @Test
    void turkishApostropheSuffixesStayInTheirWord() {
        assertThat(WordCounter.count("Ankara'da ve İstanbul’da görüşmeler sürüyor.", "tr")).isEqualTo(5);
    }

    @Test
    void cyrillicAndHyphenatedWords() {
        assertThat(WordCounter.count("Северо-западный ветер усилился.", "ru")).isEqualTo(3);
    }
}
