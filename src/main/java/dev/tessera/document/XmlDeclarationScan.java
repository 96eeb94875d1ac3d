package dev.tessera.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Finds {@code <!DOCTYPE} and {@code <!ENTITY} in XML bytes before any parser sees them.
 *
 * <p>Tessera never needs a DTD, and a DTD is how an XML document makes a parser fetch files
 * or URLs (external entities) or expand entities without end; refusing every declaration
 * means no parser setting has to be trusted. NUL bytes are skipped while matching, so the
 * declarations are found in UTF-16 and UTF-32 as well as in UTF-8 and single-byte encodings.
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

    /** Throws {@code UNSAFE_XML} if the bytes declare a DTD or an entity. */
    static void refuseDeclarations(byte[] bytes, String what) {
        String found = new XmlDeclarationScan().feed(bytes, 0, bytes.length);
        if (found != null) {
            throw unsafe(found, what);
        }
    }

    /** Reads the stream to its end, throwing {@code UNSAFE_XML} on a declaration; returns bytes read. */
    static long refuseDeclarations(InputStream in, String what, long budget) throws IOException {
        XmlDeclarationScan scan = new XmlDeclarationScan();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
                return total;
            }
            String found = scan.feed(buffer, 0, n);
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
