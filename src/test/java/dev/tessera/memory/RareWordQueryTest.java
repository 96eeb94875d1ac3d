package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text-search queries of the candidate steps, as text. */
class RareWordQueryTest {

    @Test
    void threeOfFiveWordsIsTheOrOfTheTenSubsets() {
        String query = RareWordQuery.atLeast(List.of("a", "b", "c", "d", "e"), 3);
        assertThat(query.split(" \\| ")).hasSize(10).contains("('a' & 'b' & 'c')", "('c' & 'd' & 'e')",
                "('a' & 'c' & 'e')");
    }

    @Test
    void fewerWordsThanAskedForAreAllRequired() {
        assertThat(RareWordQuery.atLeast(List.of("kedi", "köpek"), 3)).isEqualTo("'kedi' & 'köpek'");
    }

    @Test
    void anyOfIsAnOrOfSingleWords() {
        assertThat(RareWordQuery.anyOf(List.of("a", "b", "c"))).isEqualTo("('a') | ('b') | ('c')");
    }

    @Test
    void quotesAndBackslashesAreEscapedSoAWordIsNeverReadAsAnOperator() {
        assertThat(RareWordQuery.lexeme("l'eau")).isEqualTo("'l''eau'");
        assertThat(RareWordQuery.lexeme("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(RareWordQuery.lexeme("a&b|!c")).isEqualTo("'a&b|!c'");
    }

    @Test
    void noWordsIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> RareWordQuery.atLeast(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
