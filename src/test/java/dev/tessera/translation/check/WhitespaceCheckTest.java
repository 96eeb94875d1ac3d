package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceCheckTest {

    private final WhitespaceCheck check = new WhitespaceCheck();

    @Test
    void theSameOuterWhitespacePasses() {
        assertThat(check.check(submit("en", "<1/> Photo: Reuters ", "tr", "<1/> Fotoğraf: Reuters "))).isEmpty();
        assertThat(check.check(submit("en", "Sanctions were extended.", "ru", "Санкции продлены."))).isEmpty();
    }

    @Test
    void aDroppedLeadingSpaceAfterACodeIsReported() {
        var results = check.check(submit("en", "<1/> Photo: Reuters", "tr", "<1/>Fotoğraf: Reuters"));

        assertThat(messages(results)).containsExactly(
                "leading whitespace differs: the source has a space, the translation none");
        assertThat(results).allMatch(r -> r.checkId().equals("whitespace") && r.severity() == Severity.WARNING);
    }

    @Test
    void anAddedTrailingLineBreakOrNoBreakSpaceIsReported() {
        assertThat(messages(check.check(submit("tr", "Ekonomi büyüdü.", "en", "The economy grew.\n"))))
                .containsExactly("trailing whitespace differs: the source has none, the translation a line break");
        assertThat(messages(check.check(submit("en", "Economy grew. ", "ru", "Экономика выросла.\u00A0"))))
                .containsExactly("trailing whitespace differs: the source has a space, the translation a no-break space");
    }

    @Test
    void anEmptyTargetIsLeftToTheEmptyTargetCheck() {
        assertThat(check.check(submit("en", " Photo ", "tr", ""))).isEmpty();
    }
}
