package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
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

    @Test
    void theCatalogueListsEveryCheckWithTheSeverityItsResultsCarry() {
        assertThat(checks.all()).extracting(Check::id, Check::severity).containsExactly(
                tuple("doubled-words", Severity.WARNING),
                tuple("empty-target", Severity.ERROR),
                tuple("final-punctuation", Severity.WARNING),
                tuple("identical", Severity.WARNING),
                tuple("inline-codes", Severity.ERROR),
                tuple("length-ratio", Severity.WARNING),
                tuple("numbers", Severity.WARNING),
                tuple("whitespace", Severity.WARNING));
    }

    @Test
    void everyCheckHasItsOwnIdANameAndADescription() {
        List<Check> all = checks.all();
        assertThat(all).extracting(Check::id).doesNotHaveDuplicates().isSorted();
        for (Check check : all) {
            assertThat(check.id()).as(check.getClass().getSimpleName()).matches("[a-z]+(-[a-z]+)*");
            assertThat(check.name()).as(check.id()).isNotBlank().isNotEqualTo(check.id());
            assertThat(check.description()).as(check.id()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void aBlankTargetIsLeftToTheEmptyTargetCheckByEveryOtherCheckButInlineCodes() {
        // A source every warning would find something in, against a target of spaces and a no-break space.
        CheckInput blank = submit("en", "Inflation fell to 38.2% in May, did it? ", "tr", " \u00A0 ");
        for (Check check : checks.all()) {
            boolean looks = check.id().equals(EmptyTargetCheck.ID) || check.id().equals(InlineCodesCheck.ID);
            assertThat(check.skipsBlankTarget()).as(check.id()).isEqualTo(!looks);
            if (!looks) {
                assertThat(check.check(blank)).as(check.id()).isEmpty();
            }
            if (Set.of("final-punctuation", "length-ratio", "numbers", "whitespace").contains(check.id())) {
                assertThat(check.inspect(blank)).as(check.id() + " without the skip").isNotEmpty();
            }
        }
        assertThat(new EmptyTargetCheck().check(blank)).extracting(CheckResult::checkId).containsExactly("empty-target");
    }
}
