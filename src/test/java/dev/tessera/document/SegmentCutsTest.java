package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentCutsTest {

    private static SegmentContent only(String paragraph) {
        List<ExtractedSegment> segments = new DocumentReader().extract(
                ("<html><body><p>" + paragraph + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                DocumentFormat.HTML, "en");
        assertThat(segments).hasSize(1);
        return segments.get(0).content();
    }

    @Test
    void aSplitKeepsEachCodeWithItsTextAndTheSpaceBetween() {
        SegmentContent content = only("Alpha <b>beta</b>; gamma <i>delta</i> end.");
        assertThat(InlineNotation.render(content)).isEqualTo("Alpha <1>beta</1>; gamma <2>delta</2> end.");

        SegmentCuts.Split split = SegmentCuts.split(content, "Alpha beta; ".length());

        assertThat(InlineNotation.render(split.left())).isEqualTo("Alpha <1>beta</1>;");
        assertThat(split.between()).isEqualTo(" ");
        assertThat(InlineNotation.render(split.right())).isEqualTo("gamma <2>delta</2> end.");
        SegmentContent joined = SegmentCuts.join(split.left(), split.between(), split.right());
        assertThat(InlineNotation.render(joined)).isEqualTo(InlineNotation.render(content));
    }

    @Test
    void closingCodesAtTheCutStayLeftOpeningCodesGoRight() {
        SegmentContent content = only("First <b>part;</b> <i>second</i> part.");
        SegmentCuts.Split split = SegmentCuts.split(content, "First part; ".length());
        assertThat(InlineNotation.render(split.left())).isEqualTo("First <1>part;</1>");
        assertThat(InlineNotation.render(split.right())).isEqualTo("<2>second</2> part.");
    }

    @Test
    void aCutInsideACodePairIsRefused() {
        SegmentContent content = only("Alpha <b>beta gamma</b> delta.");
        assertThatThrownBy(() -> SegmentCuts.split(content, "Alpha beta ".length()))
                .isInstanceOf(SegmentCuts.UnbalancedSplitException.class);
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        SegmentContent content = only("Short text.");
        assertThatThrownBy(() -> SegmentCuts.split(content, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SegmentCuts.split(content, "Short text.".length()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstAndLastOffsetsAreTheEdges() {
        SegmentContent content = SegmentContent.ofText("ab");
        SegmentCuts.Split split = SegmentCuts.split(content, 1);
        assertThat(split.left().codedText()).isEqualTo("a");
        assertThat(split.between()).isEmpty();
        assertThat(split.right().codedText()).isEqualTo("b");
        assertThatThrownBy(() -> SegmentCuts.split(content, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be inside the text (1 to 1)");
        assertThatThrownBy(() -> SegmentCuts.split(content, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be inside the text (1 to 1)");
    }

    @Test
    void aPartOfOnlyWhitespaceIsRefused() {
        assertThatThrownBy(() -> SegmentCuts.split(SegmentContent.ofText(" ab"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("both parts must have text besides whitespace");
        assertThatThrownBy(() -> SegmentCuts.split(SegmentContent.ofText("ab "), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("both parts must have text besides whitespace");
        SegmentCuts.Split split = SegmentCuts.split(SegmentContent.ofText("a  b"), 2);
        assertThat(split.left().codedText()).isEqualTo("a");
        assertThat(split.between()).isEqualTo("  ");
        assertThat(split.right().codedText()).isEqualTo("b");
    }

    @Test
    void aClosingCodeRightAtTheCutStaysLeftWithoutSpace() {
        SegmentContent content = only("Alpha <b>beta</b>gamma <br/>delta.");
        SegmentCuts.Split split = SegmentCuts.split(content, "Alpha beta".length());
        assertThat(InlineNotation.render(split.left())).isEqualTo("Alpha <1>beta</1>");
        assertThat(InlineNotation.render(split.right())).startsWith("gamma ");
        SegmentCuts.Split atBreak = SegmentCuts.split(content, "Alpha betagamma ".length());
        assertThat(InlineNotation.render(atBreak.right())).isEqualTo("delta.");
    }

    @Test
    void plainTextIsWhatAReaderSees() {
        assertThat(SegmentCuts.plainText(only("Tom &amp; <b>Jerry</b>"), DocumentFormat.HTML)).isEqualTo("Tom & Jerry");
    }
}
