package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Okapi alone writing and reading XLIFF for the same segments, with none of Tessera's
 * database, states, hashes or notation: the baseline the XLIFF benchmark sets Tessera's export
 * and import next to. Writing: Okapi's 1.2 {@code XLIFFWriter} / the XLIFF 2 library's writer,
 * one unit per segment, target a copy of the source. Reading: Okapi's XLIFF filter / the XLIFF 2
 * reader (with the validation Tessera uses) walking every unit.
 */
public final class BareXliffBaseline {

    private BareXliffBaseline() {
    }

    /** Writes the segments; returns the file. */
    public static byte[] write(XliffVersion version, List<SegmentContent> segments, String source, String target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(segments.size() * 400);
        if (version == XliffVersion.V1_2) {
            try (net.sf.okapi.common.filterwriter.XLIFFWriter writer = new net.sf.okapi.common.filterwriter.XLIFFWriter()) {
                writer.setOptions(LocaleId.fromString(target), "UTF-8");
                writer.setOutput(out);
                writer.create(null, null, LocaleId.fromString(source), LocaleId.fromString(target), "html", "a.html", null);
                int n = 0;
                for (SegmentContent content : segments) {
                    ITextUnit unit = new TextUnit("tu" + n++);
                    TextFragment fragment = Fragments.of(content);
                    unit.setSourceContent(fragment);
                    unit.setTargetContent(LocaleId.fromString(target), fragment.clone());
                    writer.writeTextUnit(unit);
                }
                writer.writeEndFile();
            }
        } else {
            try (net.sf.okapi.lib.xliff2.writer.XLIFFWriter writer = new net.sf.okapi.lib.xliff2.writer.XLIFFWriter()) {
                writer.create(new OutputStreamWriter(out, StandardCharsets.UTF_8), source, target);
                int n = 0;
                for (SegmentContent content : segments) {
                    Unit unit = new Unit("u" + n++);
                    Segment segment = unit.appendSegment();
                    segment.setSource(content.codedText().replaceAll("[\uE101-\uE103].", ""));
                    segment.setTarget(segment.getSource().getPlainText());
                    writer.writeUnit(unit);
                }
            }
        }
        return out.toByteArray();
    }

    /** Reads a file of either version; returns the number of units (1.2 trans-units, 2.0 segments). */
    public static int read(XliffVersion version, byte[] file, String source, String target) {
        int units = 0;
        if (version == XliffVersion.V1_2) {
            try (XLIFFFilter filter = new XLIFFFilter()) {
                filter.open(new RawDocument(new ByteArrayInputStream(file), "UTF-8", LocaleId.fromString(source),
                        LocaleId.fromString(target)));
                while (filter.hasNext()) {
                    if (filter.next().isTextUnit()) {
                        units++;
                    }
                }
            }
        } else {
            try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                reader.open(new ByteArrayInputStream(file));
                while (reader.hasNext()) {
                    net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
                    if (event.isUnit()) {
                        units += event.getUnit().getSegmentCount();
                    }
                }
            }
        }
        return units;
    }
}
