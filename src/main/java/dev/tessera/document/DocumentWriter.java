package dev.tessera.document;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.tessera.document.segmentation.Segmentation;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;

/**
 * Reassembles a translated document from the stored original and the segments' translations.
 *
 * <p>It re-runs the same filter with the same parameters and segmentation rules over the
 * original, so every segment is found again under the key it was extracted with, puts each
 * translation in place of its source (a segment without one keeps its source text, which is
 * the draft preview), and writes the result through the filter's own writer in UTF-8.
 * Instances are stateless and may be shared between threads.
 */
public final class DocumentWriter {

    private final DocumentLimits limits;

    public DocumentWriter() {
        this(DocumentLimits.defaults());
    }

    public DocumentWriter(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * The translated document, encoded in UTF-8, of content type {@link DocumentFormat#contentType()}.
     *
     * @param targets the translation of each segment, by key; empty keeps the source text
     * @throws DocumentException if the original is refused
     */
    public byte[] merge(byte[] original, DocumentFormat format, String sourceLanguage, String targetLanguage,
                        Function<SegmentKey, Optional<SegmentContent>> targets) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(targets, "targets");
        ISegmenter segmenter = Segmentation.segmenter(sourceLanguage);
        LocaleId target = LocaleId.fromString(targetLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 4);
        try (FilterRun run = FilterRun.open(original, format, sourceLanguage, targetLanguage, limits);
             IFilterWriter writer = run.createWriter()) {
            writer.setOptions(target, "UTF-8");
            writer.setOutput(out);
            while (run.hasNext()) {
                Event event = run.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    translate(run, event.getTextUnit(), segmenter, target, format, targets);
                }
                try {
                    writer.handleEvent(event);
                } catch (RuntimeException e) {
                    throw run.malformed(e);
                }
            }
        }
        return out.toByteArray();
    }

    private static void translate(FilterRun run, ITextUnit unit, ISegmenter segmenter, LocaleId target,
                                  DocumentFormat format, Function<SegmentKey, Optional<SegmentContent>> targets) {
        boolean segmentedHere = run.segment(unit, segmenter);
        TextContainer source = unit.getSource();
        TextContainer translation = unit.createTarget(target, true, IResource.COPY_ALL);
        for (Segment segment : translation.getSegments()) {
            Segment sourceSegment = source.getSegments().get(segment.getId());
            if (sourceSegment == null || Fragments.isBlank(Fragments.plainText(sourceSegment.text, format))) {
                continue;
            }
            Optional<SegmentContent> content = targets.apply(new SegmentKey(unit.getId(), segment.getId()));
            if (content != null && content.isPresent()) {
                try {
                    segment.text = Fragments.fragment(content.get(), sourceSegment.text, format);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("The translation of segment " + unit.getId() + "/"
                            + segment.getId() + " does not fit its source's codes", e);
                }
            }
        }
        if (segmentedHere) {
            translation.joinAll();
            source.joinAll();
        }
    }
}
