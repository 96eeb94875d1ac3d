package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Inline codes of the new source put into a memory entry's target. */
class CodePlacementTest {

    @Test
    void sameCodesStayWhereTheTargetHasThem() {
        var placed = CodePlacement.place("The <1>central</1> bank.", "<1>Merkez</1> bankası.", "The <1>central</1> bank.");
        assertThat(placed.target()).isEqualTo("<1>Merkez</1> bankası.");
        assertThat(placed.complete()).isTrue();
    }

    @Test
    void otherIdsAreMappedByOrderOfAppearance() {
        var placed = CodePlacement.place("A <1>b</1> c<2/>.", "X <1>y</1> z<2/>.", "A <7>b</7> c<9/>.");
        assertThat(placed.target()).isEqualTo("X <7>y</7> z<9/>.");
        assertThat(placed.complete()).isTrue();
    }

    @Test
    void codesTheNewSourceLacksAreDroppedAndItsOwnAppended() {
        var dropped = CodePlacement.place("A <1>b</1> c<2/>.", "X <1>y</1> z<2/>.", "A b c.");
        assertThat(dropped.target()).isEqualTo("X y z.");
        assertThat(dropped.complete()).isFalse();

        var appended = CodePlacement.place("A b c.", "X y z.", "A <1>b</1> c<2/>.");
        assertThat(appended.target()).isEqualTo("X y z.<1></1><2/>");
        assertThat(appended.complete()).isFalse();
    }

    @Test
    void escapedTextIsNotATag() {
        assertThat(Notation.plain("a \\<1> b <2/>c")).isEqualTo("a <1> b c");
        assertThat(Notation.tags("a \\<1> b <2/>c")).hasSize(1);
        var placed = CodePlacement.place("x \\<1> <2/>", "y \\<1> <2/>", "x \\<1> <5/>");
        assertThat(placed.target()).isEqualTo("y \\<1> <5/>");
    }
}
