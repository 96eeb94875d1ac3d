package dev.tessera.document;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Writes a TMX 1.4b file with Okapi's TMX writer: one {@code tu} per pair given in the inline
 * notation, whose tags become TMX inline elements ({@code bpt}/{@code ept} for a pair,
 * {@code ph} for a standalone code, {@code it} for an isolated one) with the same ids, so that
 * reading the file back gives the same notation. Code contents are not kept by the memory and
 * are written empty. Each {@code tu} carries its {@code creationdate}, which Okapi's
 * {@code writeTU} leaves out (it writes only {@code prop} elements), so units are opened here
 * and their {@code tuv} elements written by Okapi.
 */
public final class TmxWriting implements AutoCloseable {

    private final UnitWriter writer;

    private TmxWriting(UnitWriter writer) {
        this.writer = writer;
    }

    /** Starts a TMX document for one language pair on {@code out} (left open when this is closed). */
    public static TmxWriting start(OutputStream out, String sourceLang, String targetLang, String tool, String version) {
        Writer text = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        UnitWriter writer = new UnitWriter(new XMLWriter(text));
        writer.writeStartDocument(LocaleId.fromString(sourceLang), LocaleId.fromString(targetLang), tool, version,
                "sentence", "tessera", "plaintext");
        return new TmxWriting(writer);
    }

    /** One translation unit created at {@code created}; {@code properties} become {@code prop} elements. */
    public void add(String id, Instant created, String source, String target, Map<String, String> properties) {
        writer.unit(id, created, fragment(source), fragment(target), properties);
    }

    @Override
    public void close() {
        writer.writeEndDocument();
        writer.close();
    }

    private static TextFragment fragment(String notation) {
        TextFragment fragment = new TextFragment();
        for (NotationLexer.Piece piece : NotationLexer.lex(notation).pieces()) {
            if (piece.text() != null) {
                fragment.append(piece.text());
                continue;
            }
            CodeToken token = piece.token();
            TagType type = switch (token.kind()) {
                case OPENING, ISOLATED_OPENING -> TagType.OPENING;
                case CLOSING, ISOLATED_CLOSING -> TagType.CLOSING;
                case PLACEHOLDER -> TagType.PLACEHOLDER;
            };
            fragment.append(type, "x", "", token.id());
        }
        fragment.balanceMarkers();
        return fragment;
    }

    /** Okapi's TMX writer, with units whose {@code tu} element has a creation date. */
    private static final class UnitWriter extends TMXWriter {

        private final XMLWriter xml;

        UnitWriter(XMLWriter xml) {
            super(xml);
            this.xml = xml;
        }

        void unit(String id, Instant created, TextFragment source, TextFragment target, Map<String, String> properties) {
            xml.writeStartElement("tu");
            xml.writeAttributeString("tuid", id);
            xml.writeAttributeString("creationdate", TmxReading.TMX_DATE.format(created.atOffset(ZoneOffset.UTC)));
            xml.writeLineBreak();
            properties.forEach((type, value) -> {
                xml.writeStartElement("prop");
                xml.writeAttributeString("type", type);
                xml.writeString(value);
                xml.writeEndElementLineBreak();
            });
            writeTUV(source, getSrcLoc(), null);
            writeTUV(target, getTrgLoc(), null);
            xml.writeEndElementLineBreak();
        }
    }

    /** Keeps the response stream open when Okapi closes its writer. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
