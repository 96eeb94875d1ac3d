package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the memory folds words and counts them: index terms and the length pre-filter's measure. */
class MemoryTextTest {

    @Test
    void aLanguageTagIsItsLocale() {
        assertThat(MemoryText.locale("tr").getLanguage()).isEqualTo("tr");
        assertThat(MemoryText.locale("pt-BR").getCountry()).isEqualTo("BR");
    }

    @Test
    void termsAreTheDistinctFoldedWordsInOrderWithoutPunctuation() {
        assertThat(MemoryText.terms("The bank, THE Bank — and 2 banks.", Locale.ENGLISH))
                .containsExactly("the", "bank", "and", "2", "banks");
        assertThat(MemoryText.terms("… !", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void foldingFollowsTheLanguage() {
        assertThat(MemoryText.terms("İSTANBUL IRMAK", MemoryText.locale("tr"))).containsExactly("istanbul", "ırmak");
        assertThat(MemoryText.terms("Ёлка ёлка елка", MemoryText.locale("ru"))).containsExactly("елка");
        assertThat(MemoryText.terms("Ёлка", Locale.ENGLISH)).containsExactly("ёлка");
    }

    @Test
    void wordCountLeavesOutPunctuationButKeepsRepeats() {
        assertThat(MemoryText.wordCount("The bank, the bank.")).isEqualTo(4);
        assertThat(MemoryText.wordCount("")).isZero();
        assertThat(MemoryText.wordCount("?!")).isZero();
    }

    @Test
    void aTokenIsPunctuationOnlyWithNoLetterOrDigit() {
        assertThat(MemoryText.isPunctuation("—")).isTrue();
        assertThat(MemoryText.isPunctuation("a.")).isFalse();
        assertThat(MemoryText.isPunctuation("3")).isFalse();
    }
}
