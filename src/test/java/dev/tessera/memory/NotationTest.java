package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.Notation.Kind;
import dev.tessera.memory.Notation.Tag;
import org.junit.jupiter.api.Test;

/** The memory's reading of the inline notation: plain text and tags, escapes, edge characters. */
class NotationTest {

    @Test
    void everyTagShapeIsReadWithItsIdAndPlace() {
        String notation = "A <1>b</1> c<2/> d<b3/>e<e3/>";
        assertThat(Notation.plain(notation)).isEqualTo("A b c de");
        assertThat(Notation.tags(notation)).containsExactly(
                new Tag(Kind.OPENING, 1, 2, 5), new Tag(Kind.CLOSING, 1, 6, 10), new Tag(Kind.PLACEHOLDER, 2, 12, 16),
                new Tag(Kind.ISOLATED_OPENING, 3, 18, 23), new Tag(Kind.ISOLATED_CLOSING, 3, 24, 29));
        assertThat(Notation.tags(notation).stream().map(Tag::text)).containsExactly("<1>", "</1>", "<2/>", "<b3/>", "<e3/>");
    }

    @Test
    void anIsolatedTagMustCloseItselfOrItIsText() {
        assertThat(Notation.tags("x <b3> y <e4> z")).isEmpty();
        assertThat(Notation.plain("x <b3> y <e4> z")).isEqualTo("x <b3> y <e4> z");
    }

    @Test
    void escapesAreUndoneAndAreNoTags() {
        assertThat(Notation.plain("a \\<1> b \\\\ c")).isEqualTo("a <1> b \\ c");
        assertThat(Notation.tags("a \\<1> b")).isEmpty();
        assertThat(Notation.plain("\\\\<1>x</1>")).isEqualTo("\\x");
        assertThat(Notation.tags("\\\\<1>x</1>")).extracting(Tag::kind).containsExactly(Kind.OPENING, Kind.CLOSING);
    }

    @Test
    void aBackslashThatEscapesNothingStaysEvenAtTheEnd() {
        assertThat(Notation.plain("a\\b")).isEqualTo("a\\b");
        assertThat(Notation.plain("a\\")).isEqualTo("a\\");
        assertThat(Notation.plain("\\")).isEqualTo("\\");
        assertThat(Notation.plain("a <")).isEqualTo("a <");
    }
}
