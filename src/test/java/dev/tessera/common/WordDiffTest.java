package dev.tessera.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.common.WordDiff.Piece;
import dev.tessera.common.WordDiff.Type;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void oneChangedWordIsADeleteAndAnInsert() {
        assertThat(WordDiff.diff("Exports rose by 65% in 2023.", "Exports fell by 65% in 2023."))
                .containsExactly(
                        new Piece(Type.EQUAL, "Exports "),
                        new Piece(Type.DELETE, "rose"),
                        new Piece(Type.INSERT, "fell"),
                        new Piece(Type.EQUAL, " by 65% in 2023."));
    }

    @Test
    void piecesGiveBothTextsBack() {
        String from = "Kazakistan, Aktau limanı üzerinden daha fazla petrol gönderiyor.";
        String to = "Kazakistan bugün Aktau ve Kuryk limanları üzerinden petrol gönderiyor!";
        List<Piece> pieces = WordDiff.diff(from, to);
        assertThat(join(pieces, Type.INSERT)).isEqualTo(from);
        assertThat(join(pieces, Type.DELETE)).isEqualTo(to);
    }

    @Test
    void wordsKeepApostrophesAndDecimalsWhole() {
        assertThat(WordDiff.words("Ankara'da 3.5 milyon ton.")).containsExactly("Ankara'da", "3.5", "milyon", "ton", ".");
        assertThat(String.join("", WordDiff.tokens("С февраля 2022 г.  Транскаспийский")))
                .isEqualTo("С февраля 2022 г.  Транскаспийский");
    }

    @Test
    void similarityCountsReplacedWordsOnce() {
        assertThat(WordDiff.similarity("a b c d e f g h i j", "a b c d e f g h i j")).isEqualTo(100);
        assertThat(WordDiff.similarity("a b c d e f g h i j", "a b c d X f g h i j")).isEqualTo(90);
        assertThat(WordDiff.similarity("a b c d e f g h i j", "a b c d f g h i j")).isEqualTo(90);
        assertThat(WordDiff.similarity("a b c d", "w x y z")).isZero();
        assertThat(WordDiff.similarity("", "")).isEqualTo(100);
        assertThat(WordDiff.similarity("", "word")).isZero();
    }

    @Test
    void equalTextsAreOneEqualPiece() {
        assertThat(WordDiff.diff("Same text.", "Same text.")).containsExactly(new Piece(Type.EQUAL, "Same text."));
        assertThat(WordDiff.diff("", "")).isEmpty();
    }

    /** The text of every piece but those of the type left out. */
    private static String join(List<Piece> pieces, Type without) {
        return pieces.stream().filter(p -> p.type() != without).map(Piece::text).collect(Collectors.joining());
    }
}
