package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.common.WordDiff;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Scores on hand-made pairs: ordered as a translator would rank them, Turkish and Russian included. */
class MatchScoreTest {

    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static int score(String entry, String query, Locale locale) {
        return MatchScore.of(entry, query, locale).score();
    }

    @Test
    void theSameTextIs100AndAnyDifferenceAtMost99() {
        String s = "The central bank raised its key rate by half a point.";
        assertThat(score(s, s, EN)).isEqualTo(100);
        assertThat(score(s, s.replace("  ", " ").replace("its key", "its  key"), EN)).isEqualTo(99);
        assertThat(score(s, s.replace("The central", "THE central"), EN)).isEqualTo(99);
    }

    @Test
    void scoresFallWithTheNumberOfChangedWords() {
        String entry = "The central bank raised its key rate by half a point on Thursday.";
        int one = score(entry, "The central bank raised its key rate by half a point on Friday.", EN);
        int two = score(entry, "The central bank cut its key rate by half a point on Friday.", EN);
        int half = score(entry, "The government raised taxes on Friday.", EN);
        assertThat(one).isEqualTo(92); // 1 of 13.5 (13 words and a full stop weighed 0.5)
        assertThat(two).isEqualTo(85);
        assertThat(one).isGreaterThan(two);
        assertThat(two).isGreaterThan(half);
        assertThat(half).isLessThan(50);
    }

    @Test
    void punctuationCostsLessThanAWord() {
        String entry = "Inflation slowed in October, the statistics office said.";
        int comma = score(entry, "Inflation slowed in October the statistics office said.", EN);
        int word = score(entry, "Inflation slowed in November, the statistics office said.", EN);
        assertThat(comma).isGreaterThan(word);
    }

    @Test
    void turkishCaseFoldsWithDottedAndDotlessI() {
        String entry = "İstanbul'da ılık bir gün bekleniyor.";
        // Capitals in Turkish: i -> İ, ı -> I. Folded with the Turkish locale, only case differs:
        // 0.1 for each of the five words, far less than one changed word.
        assertThat(score(entry, "İSTANBUL'DA ILIK BİR GÜN BEKLENİYOR.", TR)).isEqualTo(90);
        assertThat(score(entry, "İstanbul'da sıcak bir gün bekleniyor.", TR)).isEqualTo(81);
        // Folded with the root locale, 'I' would become 'i' and 'ILIK' would not be 'ılık'.
        assertThat(MatchScore.replacement("ILIK", "ılık", TR)).isLessThan(MatchScore.replacement("ILIK", "ılık", EN));
    }

    @Test
    void turkishInflectionCostsHalfAWord() {
        String entry = "Bakan yarın Ankara'ya gidecek ve bütçeyi açıklayacak.";
        int inflected = score(entry, "Bakan yarın Ankara'da olacak ve bütçeyi açıklayacak.", TR);
        int otherCity = score(entry, "Bakan yarın İzmir'e gidecek ve bütçeyi açıklayacak.", TR);
        assertThat(MatchScore.replacement("Ankara'ya", "Ankara'da", TR)).isEqualTo(0.5);
        assertThat(MatchScore.replacement("ekonomisi", "ekonomisinin", TR)).isEqualTo(0.5);
        assertThat(MatchScore.replacement("Ankara'ya", "İzmir'e", TR)).isEqualTo(1.0);
        assertThat(inflected).isLessThan(otherCity + 10).isGreaterThan(70);
    }

    @Test
    void russianCaseAndInflection() {
        String entry = "Центральный банк сохранил ключевую ставку.";
        assertThat(score(entry, "ЦЕНТРАЛЬНЫЙ БАНК СОХРАНИЛ КЛЮЧЕВУЮ СТАВКУ.", RU)).isEqualTo(90);
        assertThat(score(entry, "Центральный банк сохранил ключевую ставку!", RU)).isEqualTo(90);
        int inflected = score(entry, "Центрального банка сохранил ключевую ставку.", RU);
        int replaced = score(entry, "Министерство финансов сохранило ключевую ставку.", RU);
        assertThat(inflected).isGreaterThan(replaced);
        assertThat(MatchScore.replacement("ёлка", "елка", RU)).isEqualTo(0.1);
        assertThat(MatchScore.replacement("банк", "банка", RU)).isEqualTo(0.5);
    }

    @Test
    void theDiffGoesFromTheEntryToTheQuery() {
        MatchScore.Result result = MatchScore.of("Rates rose in May.", "Rates fell in May.", EN);
        assertThat(result.diff()).containsExactly(
                new WordDiff.Piece(WordDiff.Type.EQUAL, "Rates "),
                new WordDiff.Piece(WordDiff.Type.DELETE, "rose"),
                new WordDiff.Piece(WordDiff.Type.INSERT, "fell"),
                new WordDiff.Piece(WordDiff.Type.EQUAL, " in May."));
    }

    @Test
    void aChangeAtTheVeryEndCountsLikeOneInTheMiddle() {
        assertThat(score("The bank rose", "The bank fell", EN)).isEqualTo(66); // 1 of 3
        assertThat(score("The central bank rose", "The bank rose", EN)).isEqualTo(75); // 1 deleted of 4
        assertThat(score("The bank rose", "The bank", EN)).isEqualTo(66);
    }

    @Test
    void anInflectionNeedsThreeSharedLettersMostOfTheShorterWordAndFourLetters() {
        // shared stem of exactly 3 letters, shorter word of exactly 4: ceil(0.6 * 4) = 3
        assertThat(MatchScore.replacement("runs", "rung", EN)).isEqualTo(0.5);
        // shorter word of 5: ceil(0.6 * 5) = 3 shared letters are enough
        assertThat(MatchScore.replacement("house", "hours", EN)).isEqualTo(0.5);
        // shorter word of 6: ceil(0.6 * 6) = 4 shared letters needed, 3 are not
        assertThat(MatchScore.replacement("houses", "hourly", EN)).isEqualTo(1.0);
        // a shorter word of 3 letters is never an inflection
        assertThat(MatchScore.replacement("run", "runs", EN)).isEqualTo(1.0);
        // two letters shared are not a stem
        assertThat(MatchScore.replacement("ruin", "rust", EN)).isEqualTo(1.0);
    }

    @Test
    void wordsOnlyInsertedOrOnlyDeletedCostAsMuchEitherWay() {
        String entry = "The bank raised its rate on Friday.";
        String longer = "The central bank raised its key rate on Friday.";
        int inserted = score(entry, longer, EN);
        int deleted = score(longer, entry, EN);
        assertThat(inserted).isLessThan(90).isEqualTo(deleted);
    }
}
