package dev.tessera.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.tessera.document.segmentation.Segmentation;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;

/**
 * Turns a source document into the sentence-level segments translators work on.
 *
 * <p>It runs the format's filter, segments each translatable text unit with the source
 * language's rules and streams the segments to a consumer one by one, so a large document
 * never sits in memory as a list of segments. Segments without words (only whitespace or only
 * inline codes) are left out; they stay as they are when the document is merged. Instances
 * are stateless and may be shared between threads.
 */
public final class DocumentReader {

    private final DocumentLimits limits;

    public DocumentReader() {
        this(DocumentLimits.defaults());
    }

    public DocumentReader(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * Streams the document's segments, in document order, to {@code sink}.
     *
     * @throws DocumentException if the document is refused or holds no text to translate;
     *         an exception thrown by {@code sink} passes through unchanged
     */
    public void extract(byte[] original, DocumentFormat format, String sourceLanguage, Consumer<ExtractedSegment> sink) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        ISegmenter segmenter = Segmentation.segmenter(sourceLanguage);
        int position = 0;
        try (FilterRun run = FilterRun.open(original, format, sourceLanguage, sourceLanguage, limits)) {
            while (run.hasNext()) {
                Event event = run.next();
                if (!event.isTextUnit() || !event.getTextUnit().isTranslatable()) {
                    continue;
                }
                ITextUnit unit = event.getTextUnit();
                run.segment(unit, segmenter);
                for (Segment segment : unit.getSource().getSegments()) {
                    String plainText = Fragments.plainText(segment.text, format);
                    if (Fragments.isBlank(plainText)) {
                        continue;
                    }
                    refuseNul(segment, plainText, format, position);
                    SegmentContent content = Fragments.content(segment.text, format);
                    sink.accept(new ExtractedSegment(position++, unit.getId(), segment.getId(), content,
                            InlineNotation.render(content), plainText, WordCounter.count(plainText, sourceLanguage)));
                }
            }
        }
        if (position == 0) {
            throw new DocumentException(DocumentException.Kind.NOTHING_TO_TRANSLATE,
                    "The " + format.apiName() + " document has no text to translate");
        }
    }

    /**
     * A NUL character in text to translate (HTML {@code &#0;} or {@code &#x0;}, JSON
     * {@code \u0000}, once decoded) is refused rather than dropped: it is almost always a sign
     * of a broken export, and dropping it would make the merged document differ from the
     * original where nobody translated anything. NULs in markup that is not translated stay
     * in the stored original untouched.
     */
    private static void refuseNul(Segment segment, String plainText, DocumentFormat format, int position) {
        // a NUL in the coded text is a text character, so the plain text holds it too
        if (plainText.indexOf('\0') >= 0 || Code.codesToString(segment.text.getCodes()).indexOf('\0') >= 0) {
            throw new DocumentException(DocumentException.Kind.NUL_CHARACTER, "The " + format.apiName()
                    + " document has a NUL character (U+0000) in the text of segment " + (position + 1));
        }
    }

    /** All the document's segments, in document order; for small documents and tests. */
    public List<ExtractedSegment> extract(byte[] original, DocumentFormat format, String sourceLanguage) {
        List<ExtractedSegment> segments = new ArrayList<>();
        extract(original, format, sourceLanguage, segments::add);
        return segments;
    }
}
