package dev.tessera.document;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a TMX file before Okapi's filter reads it, so that a broken file is refused with the
 * line and the reason instead of being half read: well-formed XML without DTD or entities, a
 * {@code tmx} root with a {@code header} and a {@code body}, every {@code tu} with a
 * {@code tuv}, every {@code tuv} with a language and exactly one {@code seg}. (A unit with a
 * source only is valid TMX; the import has nothing to take from it.)
 */
final class TmxStructure {

    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private TmxStructure() {
    }

    /** Returns the source language the header declares (or null); throws for a broken file. */
    static String check(byte[] bytes) {
        XmlDeclarationScan.refuseDeclarations(bytes, "The TMX file");
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return walk(xml);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String reason = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            throw malformed(at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), reason.strip());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to read
                }
            }
        }
    }

    private static String walk(XMLStreamReader xml) throws XMLStreamException {
        String sourceLang = null;
        boolean root = true;
        boolean header = false;
        boolean body = false;
        int tuLine = 0;
        int tuvs = 0;
        int segs = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw malformed(xml, "a DTD is not allowed");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (root) {
                    if (!"tmx".equals(name)) {
                        throw malformed(xml, "the root element is <" + name + ">, not <tmx>");
                    }
                    root = false;
                } else if ("header".equals(name)) {
                    header = true;
                    sourceLang = xml.getAttributeValue(null, "srclang");
                } else if ("body".equals(name)) {
                    if (!header) {
                        throw malformed(xml, "<body> comes before any <header>");
                    }
                    body = true;
                } else if ("tu".equals(name)) {
                    tuLine = xml.getLocation().getLineNumber();
                    tuvs = 0;
                } else if ("tuv".equals(name)) {
                    tuvs++;
                    segs = 0;
                    String lang = xml.getAttributeValue(XML_NS, "lang");
                    if (lang == null) {
                        lang = xml.getAttributeValue(null, "lang");
                    }
                    if (lang == null || lang.isBlank()) {
                        throw malformed(xml, "<tuv> without xml:lang");
                    }
                } else if ("seg".equals(name)) {
                    segs++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("tuv".equals(name) && segs != 1) {
                    throw malformed(xml, "<tuv> must hold exactly one <seg>, this one holds " + segs);
                }
                if ("tu".equals(name) && tuvs == 0) {
                    throw malformed(tuLine, -1, "<tu> without any <tuv>");
                }
            }
        }
        if (!body) {
            throw malformed(-1, -1, "the file has no <body>");
        }
        return sourceLang;
    }

    private static DocumentException malformed(XMLStreamReader xml, String reason) {
        return malformed(xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), reason);
    }

    private static DocumentException malformed(int line, int column, String reason) {
        String where = line < 0 ? "" : column < 0 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
        return new DocumentException(DocumentException.Kind.MALFORMED, "The TMX file is malformed: " + where + reason);
    }
}
