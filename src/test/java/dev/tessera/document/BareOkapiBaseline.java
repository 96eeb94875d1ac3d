package dev.tessera.document;

import java.io.ByteArrayInputStream;

import dev.tessera.document.segmentation.Segmentation;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;

/**
 * Test scope: the benchmarks' baseline, not product code. The bare Okapi loops — extract and segment; merge — with none of Tessera's checks,
 * conversions, notation or database, so benchmarks can compare Tessera's import and
 * reassembly rates with what the library alone achieves on the same bytes, filter
 * configuration and segmentation rules.
 */
public final class BareOkapiBaseline {

    private BareOkapiBaseline() {
    }

    /** Runs the format's filter and segmenter over the document; returns the number of segments. */
    public static int extractAndSegment(byte[] document, DocumentFormat format, String sourceLanguage) {
        ISegmenter segmenter = Segmentation.segmenter(sourceLanguage);
        LocaleId source = LocaleId.fromString(sourceLanguage);
        int segments = 0;
        try (IFilter filter = FilterConfigurations.newFilter(format)) {
            filter.open(new RawDocument(new ByteArrayInputStream(document), "UTF-8", source, source));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    ITextUnit unit = event.getTextUnit();
                    if (!unit.getSource().hasBeenSegmented()) {
                        unit.createSourceSegmentation(segmenter);
                    }
                    segments += unit.getSource().getSegments().count();
                }
            }
        }
        return segments;
    }

    /**
     * Okapi's bare merge: the same filter and segmenter, every segment's target set to a copy
     * of its source, written by the filter's own writer. Returns the merged document.
     */
    public static byte[] merge(byte[] document, DocumentFormat format, String sourceLanguage, String targetLanguage) {
        ISegmenter segmenter = Segmentation.segmenter(sourceLanguage);
        LocaleId source = LocaleId.fromString(sourceLanguage);
        LocaleId target = LocaleId.fromString(targetLanguage);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(document.length + document.length / 4);
        try (IFilter filter = FilterConfigurations.newFilter(format);
             net.sf.okapi.common.filterwriter.IFilterWriter writer = filter.createFilterWriter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(document), "UTF-8", source, target));
            writer.setOptions(target, "UTF-8");
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    ITextUnit unit = event.getTextUnit();
                    boolean segmented = !unit.getSource().hasBeenSegmented();
                    if (segmented) {
                        unit.createSourceSegmentation(segmenter);
                    }
                    net.sf.okapi.common.resource.TextContainer copy = unit.createTarget(target, true,
                            net.sf.okapi.common.IResource.COPY_ALL);
                    if (segmented) {
                        copy.joinAll();
                        unit.getSource().joinAll();
                    }
                }
                writer.handleEvent(event);
            }
        }
        return out.toByteArray();
    }
}
