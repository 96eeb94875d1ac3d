package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubledWordsCheckTest {

    private final DoubledWordsCheck check = new DoubledWordsCheck();

    @Test
    void ordinarySentencesPass() {
        assertThat(check.check(submit("en", "Talks resumed in Geneva.", "tr", "Görüşmeler Cenevre'de yeniden başladı."))).isEmpty();
        assertThat(check.check(submit("en", "Talks resumed in Geneva.", "ru", "Переговоры в Женеве возобновились."))).isEmpty();
    }

    @Test
    void aWordTypedTwiceIsReported() {
        var results = check.check(submit("tr", "Rusya ve Türkiye anlaştı.", "en", "Russia and the the Turkey agreed."));

        assertThat(messages(results)).containsExactly("'the the': the same word twice in a row");
        assertThat(results).allMatch(r -> r.checkId().equals("doubled-words") && r.severity() == Severity.WARNING);
        assertThat(messages(check.check(submit("en", "Russia and Turkey agreed.", "tr", "Rusya ve ve Türkiye anlaştı."))))
                .containsExactly("'ve ve': the same word twice in a row");
        assertThat(check.check(submit("en", "Moscow said so.", "ru", "Так <1>так</1> сказала Москва."))).hasSize(1);
    }

    @Test
    void turkishCaseRulesDecideInTurkish() {
        assertThat(messages(check.check(submit("en", "Lukewarm water.", "tr", "Ilık ılık su."))))
                .containsExactly("'Ilık ılık': the same word twice in a row");
        assertThat(messages(check.check(submit("en", "Well, well.", "tr", "İyi iyi, dedi."))))
                .containsExactly("'İyi iyi': the same word twice in a row");
        assertThat(check.check(submit("en", "Lukewarm marrow.", "tr", "Ilık ilik."))).as("ılık and ilik are different words").isEmpty();
    }

    @Test
    void otherLanguagesUseTheirOwnCaseRules() {
        assertThat(check.check(submit("tr", "İyi.", "en", "İyi iyi."))).as("İ lowers to i + dot above in English").isEmpty();
        assertThat(check.check(submit("tr", "Ben.", "en", "I i"))).hasSize(1);
    }

    @Test
    void numbersAndWordsAcrossPunctuationAreIgnored() {
        assertThat(check.check(submit("en", "Scores were 1 1 and 2.", "tr", "Skorlar 1 1 ve 2 idi."))).isEmpty();
        assertThat(check.check(submit("en", "Yes, yes.", "ru", "Да, да."))).isEmpty();
    }
}
