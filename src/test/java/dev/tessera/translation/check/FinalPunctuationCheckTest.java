package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinalPunctuationCheckTest {

    private final FinalPunctuationCheck check = new FinalPunctuationCheck();

    @Test
    void theSameFinalMarkPasses() {
        assertThat(check.check(submit("en", "Will the ceasefire hold?", "tr", "Ateşkes sürecek mi?"))).isEmpty();
        assertThat(check.check(submit("en", "What comes next:", "ru", "Что будет дальше:"))).isEmpty();
        assertThat(check.check(submit("en", "Sources in Ankara", "tr", "Ankara'daki kaynaklar"))).isEmpty();
    }

    @Test
    void threeDotsAreAnEllipsis() {
        assertThat(check.check(submit("en", "And then...", "ru", "А потом…"))).isEmpty();
    }

    @Test
    void closingQuotesBracketsAndCodesAreLookedPast() {
        assertThat(check.check(submit("en", "He said: \"We will not retreat.\"", "ru", "Он сказал: «Мы не отступим.»"))).isEmpty();
        assertThat(check.check(submit("en", "It was <1>a turning point</1>.", "tr", "Bu <1>bir dönüm noktasıydı.</1>"))).isEmpty();
        assertThat(check.check(submit("en", "(See the chart.)<2/>", "tr", "(Grafiğe bakınız.)<2/>"))).isEmpty();
    }

    @Test
    void aQuestionTurnedIntoAStatementIsReported() {
        var results = check.check(submit("en", "Will the ceasefire hold?", "tr", "Ateşkes sürecek."));

        assertThat(messages(results)).containsExactly(
                "final punctuation differs: the source ends with '?', the translation with '.'");
        assertThat(results).allMatch(r -> r.checkId().equals("final-punctuation") && r.severity() == Severity.WARNING);
    }

    @Test
    void aHeadingThatGainsAFullStopIsReported() {
        assertThat(messages(check.check(submit("ru", "Итоги года", "en", "The year in review."))))
                .containsExactly("final punctuation differs: the source ends with no final punctuation, the translation with '.'");
    }

    @Test
    void theFinalMarkIsFoundPastQuotesAndSpaces() {
        assertThat(FinalPunctuationCheck.finalMarks("«Он ушёл?!» ")).isEqualTo("?!");
        assertThat(FinalPunctuationCheck.finalMarks("Ve sonra... ")).isEqualTo("…");
        assertThat(FinalPunctuationCheck.finalMarks("")).isEmpty();
    }
}
