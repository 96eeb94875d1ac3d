package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What both XLIFF codecs share: Tessera's namespace, the checks every file passes before a
 * parser sees it (size; no DTD or entity declarations, so no external entities and no
 * entity expansion), telling the versions apart, and a StAX reader with DTDs and external
 * entities switched off as a second wall.
 */
public final class XliffXml {

    /** Tessera's attributes in XLIFF 1.2 and its metadata category in 2.0. */
    static final String TESSERA_NAMESPACE = "urn:tessera:xliff:1";

    private static final XMLInputFactory FACTORY = safeFactory();

    private XliffXml() {
    }

    /**
     * Reads a file of either version after the safety checks.
     *
     * @throws DocumentException {@code TOO_LARGE} over {@code maxBytes}, {@code UNSAFE_XML}
     *         with a DTD or entity, {@code MALFORMED} for anything that is not XLIFF 1.2 or 2.0
     */
    public static XliffContent read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                    "The XLIFF file has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        XmlDeclarationScan.refuseDeclarations(bytes, "The XLIFF file");
        return XliffCodec.of(version(bytes)).read(bytes);
    }

    /** Writes the file in the given version; returns its UTF-8 bytes. */
    public static byte[] write(XliffVersion version, XliffFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + file.segments().size() * 400);
        XliffCodec.of(version).write(file, out);
        return out.toByteArray();
    }

    /** The version a file declares on its root element. */
    static XliffVersion version(byte[] bytes) {
        try {
            XMLStreamReader reader = safeReader(bytes);
            reader.nextTag();
            String namespace = reader.getNamespaceURI();
            String version = reader.getAttributeValue(null, "version");
            String root = reader.getLocalName();
            reader.close();
            if (!"xliff".equals(root)) {
                throw malformed("The file is not XLIFF: its root element is not <xliff>");
            }
            if (Xliff20Codec.NAMESPACE.equals(namespace) && "2.0".equals(version)) {
                return XliffVersion.V2_0;
            }
            if (Xliff12Codec.NAMESPACE.equals(namespace) && "1.2".equals(version)) {
                return XliffVersion.V1_2;
            }
            throw malformed("The file is not XLIFF 1.2 or 2.0 (root element in '" + namespace + "', version '"
                    + version + "')");
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static XMLStreamReader safeReader(byte[] bytes) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static DocumentException malformed(String message) {
        return new DocumentException(DocumentException.Kind.MALFORMED, message);
    }

    static DocumentException malformed(Exception e) {
        if (e instanceof DocumentException d) {
            return d;
        }
        StringBuilder message = new StringBuilder("The XLIFF file cannot be read");
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String line = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("").strip();
            if (!line.isEmpty() && message.indexOf(line) < 0) {
                message.append(": ").append(line);
            }
        }
        return new DocumentException(DocumentException.Kind.MALFORMED, message.toString(), e);
    }

    static Long articleId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw malformed("The file names article '" + value + "', which is not an article id");
        }
    }

    static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
