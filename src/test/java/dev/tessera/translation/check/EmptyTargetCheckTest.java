package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.draft;
import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyTargetCheckTest {

    private static final String SOURCE = "Ankara <1>denies</1> the report.<2/>";

    private final EmptyTargetCheck check = new EmptyTargetCheck();

    @Test
    void aSubmittedTranslationWithTextPasses() {
        assertThat(check.check(submit("en", SOURCE, "tr", "Ankara raporu <1>yalanlıyor</1>.<2/>"))).isEmpty();
    }

    @Test
    void anEmptyOrBlankSubmissionIsAnError() {
        assertThat(messages(check.check(submit("en", SOURCE, "ru", "")))).containsExactly("the translation is empty");
        assertThat(messages(check.check(submit("en", SOURCE, "ru", " \u00A0\n")))).containsExactly("the translation is empty");
        assertThat(messages(check.check(submit("en", SOURCE, "ru", null)))).containsExactly("the translation is empty");
        assertThat(check.check(submit("en", SOURCE, "ru", "")))
                .allMatch(r -> r.checkId().equals("empty-target") && r.severity() == Severity.ERROR);
    }

    @Test
    void codesWithoutTextAreEmptyToo() {
        assertThat(messages(check.check(submit("en", SOURCE, "tr", "<1> </1><2/>"))))
                .containsExactly("the translation has only inline codes and no text");
    }

    @Test
    void anEmptyDraftMayBeSaved() {
        assertThat(check.check(draft("en", SOURCE, "tr", ""))).isEmpty();
    }
}
