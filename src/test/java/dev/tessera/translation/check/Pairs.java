package dev.tessera.translation.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.document.CodeToken;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Source–target pairs for the check tests, written in the inline notation. The source's stored
 * content is built from its notation, with a generic HTML code behind every tag, the way the
 * HTML filter would have produced it.
 */
final class Pairs {

    private Pairs() {
    }

    /** A submitted translation. */
    static CheckInput submit(String sourceLang, String source, String targetLang, String target) {
        return new CheckInput(source, content(source), target, sourceLang, targetLang, true);
    }

    /** A translation saved as a draft. */
    static CheckInput draft(String sourceLang, String source, String targetLang, String target) {
        return new CheckInput(source, content(source), target, sourceLang, targetLang, false);
    }

    /** The stored content whose notation is {@code notation}. */
    static SegmentContent content(String notation) {
        TextFragment fragment = new TextFragment();
        int from = 0;
        for (CodeToken token : InlineNotation.codeTokens(notation)) {
            fragment.append(InlineNotation.plainText(notation.substring(from, token.start())));
            switch (token.kind()) {
                case OPENING, ISOLATED_OPENING -> fragment.append(TagType.OPENING, "b", "<b>", token.id());
                case CLOSING, ISOLATED_CLOSING -> fragment.append(TagType.CLOSING, "b", "</b>", token.id());
                case PLACEHOLDER -> fragment.append(TagType.PLACEHOLDER, "br", "<br/>", token.id());
            }
            from = token.end();
        }
        fragment.append(InlineNotation.plainText(notation.substring(from)));
        SegmentContent content = new SegmentContent(fragment.getCodedText(), Code.codesToString(fragment.getCodes()));
        assertThat(InlineNotation.render(content)).as("fixture notation").isEqualTo(notation);
        return content;
    }

    static List<String> messages(List<CheckResult> results) {
        return results.stream().map(CheckResult::message).toList();
    }
}
