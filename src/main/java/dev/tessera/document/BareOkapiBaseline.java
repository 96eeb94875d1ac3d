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
 * The bare Okapi extract-and-segment loop, with none of Tessera's checks, conversions or
 * notation, so a benchmark can compare Tessera's import rate with what the library alone
 * achieves on the same bytes, filter configuration and segmentation rules.
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
}
