package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Reading and merging at their edges: a NUL decoded from the text refused with its segment,
 * segments absorbed into the one before them on merge, and the short message of a filter
 * failure (the exception's own, its class for none, cut at 160 characters).
 */
class DocumentEdgesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNulInTheTextIsRefusedWithItsSegment() {
        assertThatThrownBy(() -> new DocumentReader().extract(utf8("<p>&#0;Start.</p>"), DocumentFormat.HTML, "en"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.NUL_CHARACTER))
                .hasMessage("The html document has a NUL character (U+0000) in the text of segment 1");
        assertThatThrownBy(() -> new DocumentReader().extract(utf8("{\"a\": \"Fine.\", \"b\": \"\\u0000x\"}"),
                DocumentFormat.JSON, "en"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.NUL_CHARACTER))
                .hasMessage("The json document has a NUL character (U+0000) in the text of segment 2");
    }

    @Test
    void anAbsorbedSegmentJoinsTheOneBeforeIt() {
        byte[] html = utf8("<html><body><p>One. Two. Three.</p></body></html>");
        List<ExtractedSegment> segments = new DocumentReader().extract(html, DocumentFormat.HTML, "en");
        assertThat(segments).extracting(ExtractedSegment::plainText).containsExactly("One.", "Two.", "Three.");
        SegmentKey first = segments.get(0).key();
        SegmentKey second = segments.get(1).key();
        SegmentKey third = segments.get(2).key();

        byte[] merged = new DocumentWriter().merge(html, DocumentFormat.HTML, "en", "tr",
                key -> Optional.ofNullable(Map.of(second, SegmentContent.ofText("İki üç."),
                        first, SegmentContent.ofText("Bir.")).get(key)), Set.of(third));
        assertThat(new String(merged, StandardCharsets.UTF_8)).contains("<p>Bir. İki üç.</p>");

        byte[] all = new DocumentWriter().merge(html, DocumentFormat.HTML, "en", "tr",
                key -> key.equals(first) ? Optional.of(SegmentContent.ofText("Bir iki üç.")) : Optional.empty(),
                Set.of(second, third));
        assertThat(new String(all, StandardCharsets.UTF_8)).contains("<p>Bir iki üç.</p>");
    }

    @Test
    void aFilterFailureIsShortAndStackFree() {
        try (FilterRun run = FilterRun.open(utf8("Text."), DocumentFormat.PLAIN_TEXT, "en", null, DocumentLimits.defaults())) {
            assertThat(run.malformed(new IllegalStateException("first line\nsecond line")))
                    .hasMessage("The text document cannot be read: first line")
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED));
            assertThat(run.malformed(new IllegalStateException()))
                    .hasMessage("The text document cannot be read: IllegalStateException");
            String exactly = "x".repeat(160);
            assertThat(run.malformed(new IllegalStateException(exactly)))
                    .hasMessage("The text document cannot be read: " + exactly);
            assertThat(run.malformed(new IllegalStateException(exactly + "y")))
                    .hasMessage("The text document cannot be read: " + exactly + "…");
            DocumentException own = new DocumentException(DocumentException.Kind.TOO_LARGE, "too large");
            assertThat(run.malformed(own)).isSameAs(own);
        }
    }

    @Test
    void anAbsorbedFirstSegmentHasNothingToJoinAndIsLeftAlone() {
        byte[] html = utf8("<html><body><p>One. Two.</p></body></html>");
        List<ExtractedSegment> segments = new DocumentReader().extract(html, DocumentFormat.HTML, "en");
        SegmentKey first = segments.get(0).key();
        byte[] merged = new DocumentWriter().merge(html, DocumentFormat.HTML, "en", "tr",
                key -> Optional.of(SegmentContent.ofText(key.equals(first) ? "Bir." : "İki.")), Set.of(first));
        assertThat(new String(merged, StandardCharsets.UTF_8)).contains("<p>Bir. İki.</p>");
    }
}
