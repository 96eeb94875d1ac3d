package dev.tessera.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Checks a document's bytes before a filter sees them, so that unsafe or broken input is
 * refused with a clear reason instead of failing somewhere inside a filter (or, worse, being
 * imported as garbage): size, text encoding, JSON syntax, DTDs in XML. DOCX packages are
 * checked by {@link DocxPackage}.
 */
final class InputGuard {

    private static final Pattern CHARSET_DECLARATION = Pattern.compile("(?i)(charset|encoding)\\s*=");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private InputGuard() {
    }

    static void check(byte[] bytes, DocumentFormat format, DocumentLimits limits) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                    "The document has " + bytes.length + " bytes; the limit is " + limits.maxDocumentBytes());
        }
        switch (format) {
            case HTML -> checkHtml(bytes);
            case MARKDOWN, PLAIN_TEXT -> requireText(bytes, format);
            case JSON -> {
                requireText(bytes, format);
                requireJsonSyntax(bytes);
            }
            case XLIFF_1_2, XLIFF_2 -> XmlDeclarationScan.refuseDeclarations(bytes, "The XLIFF document");
            case DOCX -> {
                // the package is checked by DocxPackage once it is on disk
            }
        }
    }

    /** HTML may declare its own charset; without a declaration or BOM it must be UTF-8. */
    private static void checkHtml(byte[] bytes) {
        if (ByteOrderMark.isUtf16(bytes)) {
            requireText(bytes, DocumentFormat.HTML);
            return;
        }
        if (indexOfNul(bytes) >= 0) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The HTML document contains NUL bytes; it looks like a binary file");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (!CHARSET_DECLARATION.matcher(head).find()) {
            requireUtf8(bytes, DocumentFormat.HTML);
        }
    }

    /** Text in the encoding its byte-order mark names (UTF-16LE or BE), else UTF-8; no NUL character. */
    private static void requireText(byte[] bytes, DocumentFormat format) {
        java.nio.charset.Charset charset = ByteOrderMark.charsetOf(bytes).orElse(StandardCharsets.UTF_8);
        if (charset == StandardCharsets.UTF_8) {
            requireUtf8(bytes, format);
            return;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The " + format.apiName() + " document is not valid " + charset.name() + " text");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The " + format.apiName() + " document contains a NUL character at character " + nul);
        }
    }

    private static void requireUtf8(byte[] bytes, DocumentFormat format) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The " + format.apiName() + " document is not valid UTF-8 text");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The " + format.apiName() + " document contains a NUL character at byte " + nul);
        }
    }

    private static void requireJsonSyntax(byte[] bytes) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            while (parser.nextToken() != null) {
                // reading every token is the check
            }
        } catch (JsonProcessingException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The JSON document does not parse: " + e.getOriginalMessage().lines().findFirst().orElse("")
                            + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED, "The JSON document cannot be read");
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
