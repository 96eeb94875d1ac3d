package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LengthRatioCheckTest {

    private static final String SOURCE = "The government announced a new package of economic measures.";

    private final LengthRatioCheck check = new LengthRatioCheck();

    @Test
    void aTranslationOfSimilarLengthPasses() {
        assertThat(check.check(submit("en", SOURCE, "tr", "Hükümet yeni bir ekonomik tedbir paketi açıkladı."))).isEmpty();
        assertThat(check.check(submit("en", SOURCE, "ru", "Правительство объявило о новом пакете экономических мер."))).isEmpty();
    }

    @Test
    void aTranslationThatLostMostOfTheSentenceIsReported() {
        var results = check.check(submit("en", SOURCE, "tr", "Hükümet açıkladı."));

        assertThat(messages(results)).containsExactly(
                "the translation is 0.28 times as long as the source (expected 0.4 to 2.5)");
        assertThat(results).allMatch(r -> r.checkId().equals("length-ratio") && r.severity() == Severity.WARNING);
    }

    @Test
    void aTranslationThatRepeatsItselfIsReported() {
        String repeated = "Правительство объявило о новом пакете экономических мер. ".repeat(3);

        assertThat(check.check(submit("en", SOURCE, "ru", repeated))).hasSize(1);
    }

    @Test
    void codesDoNotCountAndShortSourcesAreNotJudged() {
        assertThat(check.check(submit("en", "<1>" + SOURCE + "</1><2/>", "tr", "<1>Hükümet yeni bir ekonomik tedbir paketi açıkladı.</1><2/>")))
                .isEmpty();
        assertThat(check.check(submit("en", "Photo: Reuters", "tr", "Fotoğraf: Reuters Haber Ajansı arşivi, İstanbul"))).isEmpty();
        assertThat(check.check(submit("en", SOURCE, "tr", ""))).isEmpty();
    }

    @Test
    void theLimitsAreJudgedAtTheirExactEdges() {
        String twenty = "Prices rose in June.";   // 20 characters: judged
        String nineteen = "Prices rose in May.";  // 19 characters: too short to judge
        assertThat(twenty).hasSize(LengthRatioCheck.MIN_SOURCE_LENGTH);

        assertThat(check.check(submit("en", twenty, "tr", "x".repeat(7)))).as("0.35").hasSize(1);
        assertThat(check.check(submit("en", nineteen, "tr", "x".repeat(7)))).as("short source").isEmpty();
        assertThat(check.check(submit("en", twenty, "tr", "x".repeat(8)))).as("exactly 0.4").isEmpty();
        assertThat(check.check(submit("en", twenty, "tr", "x".repeat(50)))).as("exactly 2.5").isEmpty();
        assertThat(messages(check.check(submit("en", twenty, "tr", "x".repeat(51))))).as("2.55")
                .containsExactly("the translation is 2.55 times as long as the source (expected 0.4 to 2.5)");
    }
}
