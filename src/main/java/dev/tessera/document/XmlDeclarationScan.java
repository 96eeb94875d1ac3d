package dev.tessera.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <!DOCTYPE} and {@code <!ENTITY} in XML bytes before any parser sees them.
 *
 * <p>Tessera never needs a DTD, and a DTD is how an XML document makes a parser fetch files
 * or URLs (external entities) or expand entities without end; refusing every declaration
 * means no parser setting has to be trusted. NUL bytes are skipped while matching, so the
 * declarations are found in UTF-16 and UTF-32 as well as in UTF-8 and single-byte encodings.
 *
 * <p>That holds only for encodings that write {@code <!DOCTYPE} as its ASCII bytes (with or
 * without NULs). A parser also reads EBCDIC (detected from the first bytes) and whatever
 * encoding the XML declaration names, in which a declaration has other bytes; so the head of
 * the document is checked first ({@link #refuseForeignEncoding}): EBCDIC, an unknown encoding
 * and an encoding that does not keep those bytes are refused.
 */
final class XmlDeclarationScan {

    private static final String[] DECLARATIONS = {"<!DOCTYPE", "<!ENTITY"};

    /** How many characters of each declaration the bytes just seen have matched. */
    private final int[] matched = new int[DECLARATIONS.length];
    private String found;

    /** Feeds bytes; returns the declaration found so far (e.g. {@code doctype}), or null. */
    String feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length && found == null; i++) {
            byte b = bytes[i];
            if (b == 0) {
                continue;
            }
            char c = Character.toUpperCase((char) (b & 0xFF));
            for (int d = 0; d < DECLARATIONS.length; d++) {
                String declaration = DECLARATIONS[d];
                if (c == declaration.charAt(matched[d])) {
                    if (++matched[d] == declaration.length()) {
                        found = declaration.substring(2).toLowerCase(Locale.ROOT);
                    }
                } else {
                    // Declarations start with '<' and hold no other '<': no partial overlap to keep.
                    matched[d] = c == '<' ? 1 : 0;
                }
            }
        }
        return found;
    }

    /** How much of the start is looked at for the encoding: the XML declaration fits in it. */
    static final int HEAD = 512;
    /** "<?xm" in EBCDIC, which parsers recognise (XML 1.0, appendix F). */
    private static final byte[] EBCDIC_START = {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94};
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final String PROBE = "<!DOCTYPE<!ENTITY<!doctype<!entity";

    /**
     * Throws {@code UNSAFE_XML} if the start of a document says it is in an encoding in which
     * the declaration scan could miss a declaration. {@code head}: at least the first
     * {@link #HEAD} bytes, or all of a shorter document.
     */
    static void refuseForeignEncoding(byte[] head, String what) {
        if (head.length >= EBCDIC_START.length && Arrays.equals(head, 0, 4, EBCDIC_START, 0, 4)) {
            throw new DocumentException(DocumentException.Kind.UNSAFE_XML, what + " is encoded in EBCDIC, which is not accepted");
        }
        String start = withoutNuls(Arrays.copyOf(head, Math.min(head.length, HEAD)));
        start = start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) // UTF-8 byte order mark
                : start.startsWith("\u00FE\u00FF") || start.startsWith("\u00FF\u00FE") ? start.substring(2) : start;
        Matcher declared = ENCODING.matcher(start);
        if (!declared.find()) {
            return;
        }
        String name = declared.group(1).strip();
        if (!keepsDeclarationBytes(name)) {
            throw new DocumentException(DocumentException.Kind.UNSAFE_XML,
                    what + " declares the encoding '" + name + "', which is not accepted (UTF-8, UTF-16 and ASCII-based encodings are)");
        }
    }

    /** Whether the encoding writes the probe as its ASCII bytes, NULs aside (UTF-8, UTF-16/32, ISO 8859, Windows code pages …). */
    private static boolean keepsDeclarationBytes(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
        if (!charset.canEncode()) {
            return false;
        }
        String written = withoutNuls(PROBE.getBytes(charset));
        // UTF-16 encoders may lead with a byte order mark (FE FF or FF FE once the NULs are gone)
        return written.equals(PROBE) || written.equals("\u00FE\u00FF" + PROBE) || written.equals("\u00FF\u00FE" + PROBE);
    }

    private static String withoutNuls(byte[] bytes) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        for (byte b : bytes) {
            if (b != 0) {
                kept.write(b);
            }
        }
        return kept.toString(StandardCharsets.ISO_8859_1);
    }

    /** Throws {@code UNSAFE_XML} if the bytes are in a foreign encoding or declare a DTD or an entity. */
    static void refuseDeclarations(byte[] bytes, String what) {
        refuseForeignEncoding(bytes, what);
        String found = new XmlDeclarationScan().feed(bytes, 0, bytes.length);
        if (found != null) {
            throw unsafe(found, what);
        }
    }

    /** Reads the stream to its end, throwing {@code UNSAFE_XML} on a foreign encoding or a declaration; returns bytes read. */
    static long refuseDeclarations(InputStream in, String what, long budget) throws IOException {
        XmlDeclarationScan scan = new XmlDeclarationScan();
        byte[] chunk = in.readNBytes(HEAD); // the head first: its encoding decides whether the scan can see anything
        refuseForeignEncoding(chunk, what);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = chunk.length; n > 0; chunk = buffer, n = in.read(buffer)) {
            total += n;
            if (total > budget) {
                return total;
            }
            String found = scan.feed(chunk, 0, n);
            if (found != null) {
                throw unsafe(found, what);
            }
        }
        return total;
    }

    private static DocumentException unsafe(String declaration, String what) {
        return new DocumentException(DocumentException.Kind.UNSAFE_XML,
                what + " contains a <!" + declaration.toUpperCase(Locale.ROOT)
                        + " declaration; DTDs and entities are not accepted");
    }
}
