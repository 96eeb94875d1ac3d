package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;

/**
 * Character references and inline codes at the first and last positions: a reference that
 * opens the text, a code marker that ends it, a code index one past the list, and a stored
 * target whose codes are not the source's.
 */
class FragmentsAndEntitiesTest {

    private static SegmentContent only(String paragraph) {
        List<ExtractedSegment> segments = new DocumentReader().extract(
                ("<p>" + paragraph + "</p>").getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML, "en");
        assertThat(segments).hasSize(1);
        return segments.get(0).content();
    }

    @Test
    void aReferenceOpeningTheTextIsDecodedAndKeptAsWritten() {
        assertThat(HtmlEntities.decode("&amp; b")).isEqualTo("& b");
        assertThat(HtmlEntities.decode("a b")).isEqualTo("a b");
        assertThat(HtmlEntities.encodeLike("é x é", "&eacute; x é")).isEqualTo("&eacute; x é");
        assertThat(Fragments.plainText(new TextFragment("&amp; b"), DocumentFormat.HTML)).isEqualTo("& b");
        assertThat(Fragments.plainText(new TextFragment("&amp; b"), DocumentFormat.MARKDOWN)).isEqualTo("&amp; b");
    }

    @Test
    void codedTextMustEndOutsideAMarkerAndNameAnExistingCode() {
        SegmentContent content = only("a<br/>b");
        String coded = content.codedText();
        int marker = coded.indexOf(TextFragment.MARKER_ISOLATED);
        assertThat(CodeMarkers.of(content)).hasSize(1);
        assertThatThrownBy(() -> CodeMarkers.of(new SegmentContent(coded.substring(0, marker + 1), content.codes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Coded text ends inside a code marker");
        String pastTheEnd = coded.substring(0, marker + 1) + TextFragment.toChar(1) + coded.substring(marker + 2);
        assertThatThrownBy(() -> CodeMarkers.of(new SegmentContent(pastTheEnd, content.codes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Coded text refers to code 1 of 1");
    }

    @Test
    void aTargetWithOtherCodesKeepsItsOwn() {
        SegmentContent withCodes = only("a <b>bold</b> move");
        TextFragment plainSource = new TextFragment("a bold move");
        TextFragment fragment = Fragments.fragment(withCodes, plainSource);
        assertThat(fragment.getCodes()).hasSize(2);
        assertThat(fragment.getText()).isEqualTo("a bold move");

        TextFragment codedSource = Fragments.of(withCodes);
        TextFragment plain = Fragments.fragment(SegmentContent.ofText("no codes"), codedSource);
        assertThat(plain.getCodes()).isEmpty();
        assertThat(plain.getCodedText()).isEqualTo("no codes");
    }

    @Test
    void aNotationThatDoesNotFitGivesItsPlainText() {
        TextFragment fragment = Fragments.ofNotation("<7>x</7> y", SegmentContent.ofText("x y"));
        assertThat(fragment.getCodes()).isEmpty();
        assertThat(fragment.getText()).isEqualTo("x y");
    }
}
