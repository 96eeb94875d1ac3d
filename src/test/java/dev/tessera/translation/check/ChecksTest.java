package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private final Checks checks = Checks.of(new WhitespaceCheck(), new NumbersCheck(), new DoubledWordsCheck(),
            new InlineCodesCheck(), new IdenticalCheck(), new LengthRatioCheck(), new FinalPunctuationCheck(),
            new EmptyTargetCheck());

    @Test
    void errorsComeFirstThenWarningsEachByCheckId() {
        List<CheckResult> results = checks.run(submit("en",
                "Inflation fell to <1>38.2%</1> in May.<2/>",
                "tr", "Enflasyon mayıs ayında ayında %38,3'e <1>geriledi</1> "));

        assertThat(results).extracting(CheckResult::severity, CheckResult::checkId).containsExactly(
                tuple(Severity.ERROR, "inline-codes"),
                tuple(Severity.WARNING, "doubled-words"),
                tuple(Severity.WARNING, "final-punctuation"),
                tuple(Severity.WARNING, "numbers"),
                tuple(Severity.WARNING, "numbers"),
                tuple(Severity.WARNING, "whitespace"));
        assertThat(results.get(3).message()).isEqualTo("missing number 38.2");
        assertThat(Checks.hasErrors(results)).isTrue();
    }

    @Test
    void aGoodTranslationPassesEveryCheck() {
        List<CheckResult> results = checks.run(submit("en",
                "Inflation fell to <1>38.2%</1> in May.<2/>",
                "ru", "В мае инфляция снизилась до <1>38,2%</1>.<2/>"));

        assertThat(results).isEmpty();
        assertThat(Checks.hasErrors(results)).isFalse();
    }

    @Test
    void warningsAloneAreNoErrors() {
        List<CheckResult> results = checks.run(submit("en", "Inflation fell in May.", "tr", "Inflation fell in May."));

        assertThat(results).extracting(CheckResult::checkId).containsExactly("identical");
        assertThat(Checks.hasErrors(results)).isFalse();
        assertThat(Checks.of().run(submit("en", "Inflation fell in May.", "tr", ""))).isEmpty();
    }
}
