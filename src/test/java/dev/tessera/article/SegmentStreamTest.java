package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.document.DocumentException;
import dev.tessera.document.ExtractedSegment;
import dev.tessera.document.SegmentContent;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Whatever happens on the extraction thread reaches the importing thread as a refusal. */
class SegmentStreamTest {

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aStackOverflowOnTheExtractionThreadFailsTheImportAsAMalformedDocument() {
        SegmentStream stream = SegmentStream.start(EXECUTOR, sink -> {
            sink.accept(segment(0));
            throw new StackOverflowError();
        });

        assertThat(stream.next()).isNotNull();
        assertThatThrownBy(stream::next).isInstanceOf(DocumentException.class)
                .hasMessageContaining("nested too deeply")
                .satisfies(e -> assertThat(((DocumentException) e).kind()).isEqualTo(DocumentException.Kind.MALFORMED));
    }

    @Test
    void anyOtherErrorOnTheExtractionThreadFailsTheImport() {
        SegmentStream stream = SegmentStream.start(EXECUTOR, sink -> {
            throw new LinkageError("a filter class is missing");
        });

        assertThatThrownBy(stream::next).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).kind()).isEqualTo(DocumentException.Kind.MALFORMED));
    }

    @Test
    void anExtractionThatEndsWithoutASegmentIsNothingToTranslate() {
        SegmentStream stream = SegmentStream.start(EXECUTOR, sink -> {
        });

        assertThatThrownBy(stream::next).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).kind())
                        .isEqualTo(DocumentException.Kind.NOTHING_TO_TRANSLATE));
    }

    @Test
    void segmentsThenTheEnd() {
        SegmentStream stream = SegmentStream.start(EXECUTOR, sink -> {
            sink.accept(segment(0));
            sink.accept(segment(1));
        });

        assertThat(stream.next().position()).isZero();
        assertThat(stream.next().position()).isEqualTo(1);
        assertThat(stream.next()).isNull();
        assertThat(stream.next()).as("the end stays the end").isNull();
    }

    private static ExtractedSegment segment(int position) {
        return new ExtractedSegment(position, "tu1", Integer.toString(position), new SegmentContent("Text.", ""),
                "Text.", "Text.", 1);
    }
}
