package dev.tessera.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encoding a text document announces with a byte-order mark. A mark is the strongest
 * evidence there is (stronger than a charset declaration, which the HTML standard also lets it
 * override), and the only one for Markdown, plain text and JSON: without it a UTF-16 file read
 * as UTF-8 is refused, and an HTML page read with the wrong byte order becomes garbage.
 */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** UTF-8, UTF-16LE or UTF-16BE when the bytes start with that mark; empty otherwise. */
    static Optional<Charset> charsetOf(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static boolean isUtf16(byte[] bytes) {
        return charsetOf(bytes).filter(c -> c != StandardCharsets.UTF_8).isPresent();
    }
}
