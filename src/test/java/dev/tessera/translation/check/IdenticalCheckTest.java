package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdenticalCheckTest {

    private final IdenticalCheck check = new IdenticalCheck();

    @Test
    void aTranslatedSentencePasses() {
        assertThat(check.check(submit("en", "The talks ended without a deal.", "tr", "Görüşmeler anlaşma olmadan sona erdi."))).isEmpty();
    }

    @Test
    void theSourceCopiedIntoTheTargetIsReported() {
        var results = check.check(submit("en", "The talks ended <1>without</1> a deal.", "ru", " The talks ended <1>without</1> a deal."));

        assertThat(messages(results)).containsExactly("the translation is identical to the source");
        assertThat(results).allMatch(r -> r.checkId().equals("identical") && r.severity() == Severity.WARNING);
    }

    @Test
    void aSourceWithoutLettersMayStayTheSame() {
        assertThat(check.check(submit("en", "2023–2024", "tr", "2023–2024"))).isEmpty();
        assertThat(check.check(submit("en", "<1/> 42%", "ru", "<1/> 42%"))).isEmpty();
    }

    @Test
    void comparisonIsExactNotCaseInsensitive() {
        assertThat(check.check(submit("en", "NATO", "tr", "Nato"))).isEmpty();
    }
}
