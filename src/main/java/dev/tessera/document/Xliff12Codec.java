package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.XLIFFContent;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * XLIFF 1.2 through Okapi: inline content is written by Okapi's {@code XLIFFContent} in
 * {@code g}/{@code x}/{@code bx}/{@code ex} mode inside elements written by Okapi's
 * {@code XMLWriter}, and read back by Okapi's XLIFF filter. The attributes in Tessera's
 * namespace (source hash, version, status, article), which the filter does not hand out, are
 * read in a first pass by a StAX reader that refuses DTDs and external entities.
 */
final class Xliff12Codec implements XliffCodec {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

    @Override
    public void write(XliffFile file, OutputStream out) {
        XMLWriter xml = new XMLWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        xml.writeStartDocument();
        xml.writeStartElement("xliff");
        xml.writeAttributeString("version", "1.2");
        xml.writeAttributeString("xmlns", NAMESPACE);
        xml.writeAttributeString("xmlns:tessera", XliffXml.TESSERA_NAMESPACE);
        xml.writeLineBreak();
        xml.writeStartElement("file");
        xml.writeAttributeString("original", file.original());
        xml.writeAttributeString("source-language", file.sourceLang());
        xml.writeAttributeString("target-language", file.targetLang());
        xml.writeAttributeString("datatype", "x-tessera-segments");
        xml.writeAttributeString("tessera:article", Long.toString(file.articleId()));
        xml.writeLineBreak();
        xml.writeStartElement("body");
        xml.writeLineBreak();
        String group = null;
        for (XliffSegment segment : file.segments()) {
            if (!segment.unitId().equals(group)) {
                if (group != null) {
                    xml.writeEndElementLineBreak();
                }
                group = segment.unitId();
                xml.writeStartElement("group");
                xml.writeAttributeString("id", group);
                xml.writeLineBreak();
            }
            writeUnit(xml, segment, file);
        }
        if (group != null) {
            xml.writeEndElementLineBreak();
        }
        xml.writeEndElementLineBreak(); // body
        xml.writeEndElementLineBreak(); // file
        xml.writeEndElementLineBreak(); // xliff
        xml.writeEndDocument();
        xml.close();
    }

    private static void writeUnit(XMLWriter xml, XliffSegment segment, XliffFile file) {
        xml.writeStartElement("trans-unit");
        xml.writeAttributeString("id", segment.unitId() + ":" + segment.segmentId());
        xml.writeAttributeString("xml:space", "preserve");
        xml.writeAttributeString("tessera:source-hash", segment.sourceHash());
        xml.writeAttributeString("tessera:version", Integer.toString(segment.version()));
        xml.writeAttributeString("tessera:status", segment.status());
        xml.writeLineBreak();
        xml.writeStartElement("source");
        xml.writeAttributeString("xml:lang", file.sourceLang());
        xml.writeRawXML(inline(Fragments.of(segment.source())));
        xml.writeEndElementLineBreak();
        xml.writeStartElement("target");
        xml.writeAttributeString("xml:lang", file.targetLang());
        xml.writeAttributeString("state", segment.state());
        if (segment.target() != null) {
            xml.writeRawXML(inline(Fragments.ofNotation(segment.target(), segment.source())));
        }
        xml.writeEndElementLineBreak();
        for (String note : segment.notes()) {
            xml.writeStartElement("note");
            xml.writeString(note);
            xml.writeEndElementLineBreak();
        }
        xml.writeEndElementLineBreak();
    }

    private static String inline(TextFragment fragment) {
        return new XLIFFContent(fragment).toString(1, true, false, true, false, false, null);
    }

    @Override
    public XliffContent read(byte[] bytes) {
        Header header = header(bytes);
        LocaleId source = LocaleId.fromString(header.sourceLang);
        LocaleId target = header.targetLang == null ? null : LocaleId.fromString(header.targetLang);
        List<XliffUnit> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", source, target));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(unit(event.getTextUnit(), target, header));
                }
            }
        } catch (RuntimeException e) {
            throw XliffXml.malformed(e);
        }
        return new XliffContent(XliffVersion.V1_2, header.articleId, header.sourceLang, header.targetLang, units);
    }

    private static XliffUnit unit(ITextUnit tu, LocaleId targetLocale, Header header) {
        String id = tu.getId();
        Map<String, String> attributes = header.units.getOrDefault(id, Map.of());
        int colon = id.lastIndexOf(':');
        String unitId = colon < 0 ? id : id.substring(0, colon);
        String segmentId = colon < 0 ? "" : id.substring(colon + 1);
        TextContainer container = targetLocale == null ? null : tu.getTarget(targetLocale);
        String notation = null;
        List<String> problems = List.of();
        String state = null;
        if (container != null) {
            Property property = container.getProperty("state");
            state = property == null ? null : property.getValue();
            TagNotation.Result result = notation(container.getUnSegmentedContentCopy());
            notation = result.notation();
            problems = result.problems();
        }
        return new XliffUnit(unitId, segmentId, notation, problems, state, attributes.get("status"),
                attributes.get("source-hash"), XliffXml.version(attributes.get("version")));
    }

    private static TagNotation.Result notation(TextFragment fragment) {
        TagNotation notation = new TagNotation();
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                text.append(c);
                continue;
            }
            notation.text(text);
            text.setLength(0);
            Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
            notation.tag(switch (code.getTagType()) {
                case OPENING -> TagNotation.Shape.OPENING;
                case CLOSING -> TagNotation.Shape.CLOSING;
                case PLACEHOLDER -> TagNotation.Shape.STANDALONE;
            }, Integer.toString(code.getId()));
        }
        notation.text(text);
        return notation.build();
    }

    /** The file's languages and article, and each trans-unit's Tessera attributes by id. */
    private static final class Header {
        String sourceLang;
        String targetLang;
        Long articleId;
        final Map<String, Map<String, String>> units = new HashMap<>();
    }

    private static Header header(byte[] bytes) {
        Header header = new Header();
        try {
            XMLStreamReader reader = XliffXml.safeReader(bytes);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("xliff") && !"1.2".equals(reader.getAttributeValue(null, "version"))) {
                    throw XliffXml.malformed("The file is not XLIFF 1.2");
                } else if (name.equals("file") && header.sourceLang == null) {
                    header.sourceLang = reader.getAttributeValue(null, "source-language");
                    header.targetLang = reader.getAttributeValue(null, "target-language");
                    header.articleId = XliffXml.articleId(reader.getAttributeValue(XliffXml.TESSERA_NAMESPACE, "article"));
                } else if (name.equals("trans-unit")) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (XliffXml.TESSERA_NAMESPACE.equals(reader.getAttributeNamespace(i))) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                    }
                    header.units.put(reader.getAttributeValue(null, "id"), attributes);
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw XliffXml.malformed(e);
        }
        if (header.sourceLang == null) {
            throw XliffXml.malformed("The file has no <file> element with a source-language");
        }
        return header;
    }
}
