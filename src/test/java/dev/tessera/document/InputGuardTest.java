package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link InputGuard} alone: every refused input breaks exactly one rule and is
 * otherwise acceptable, and the refusal's own message is asserted (the checks share the kind
 * {@code MALFORMED}, so the kind alone cannot tell which check fired).
 */
class InputGuardTest {

    private static final DocumentLimits LIMITS = DocumentLimits.defaults();

    @Test
    void aDocumentOfExactlyTheLimitPassesOneByteMoreIsTooLarge() {
        DocumentLimits small = new DocumentLimits(10, 100, 10, 100);

        assertThatCode(() -> InputGuard.check(utf8("0123456789"), DocumentFormat.PLAIN_TEXT, small)).doesNotThrowAnyException();
        assertRefused(utf8("0123456789A"), DocumentFormat.PLAIN_TEXT, small, DocumentException.Kind.TOO_LARGE,
                "The document has 11 bytes; the limit is 10");
    }

    @Test
    void htmlWithANulByteLooksBinary() {
        assertMalformed(utf8("<p>a\u0000b</p>"), DocumentFormat.HTML, "The HTML document contains NUL bytes; it looks like a binary file");
        assertMalformed(utf8("\u0000<p>a</p>"), DocumentFormat.HTML, "The HTML document contains NUL bytes; it looks like a binary file");
    }

    @Test
    void htmlWithoutACharsetMustBeUtf8() {
        byte[] latin5 = "<p>Çok güzel.</p>".getBytes(java.nio.charset.Charset.forName("ISO-8859-9"));

        assertMalformed(latin5, DocumentFormat.HTML, "The html document is not valid UTF-8 text");
        assertAccepted(utf8("<p>Çok güzel.</p>"), DocumentFormat.HTML);
    }

    @Test
    void htmlThatDeclaresItsCharsetInItsFirst4096BytesMayUseIt() {
        byte[] latin5Body = "<p>Çok güzel.</p>".getBytes(java.nio.charset.Charset.forName("ISO-8859-9"));
        String declaration = "<meta charset=\"iso-8859-9\">";

        assertAccepted(concat(utf8(declaration), latin5Body), DocumentFormat.HTML);
        assertAccepted(concat(utf8("<?xml version=\"1.0\" encoding = \"iso-8859-9\"?>"), latin5Body), DocumentFormat.HTML);
        String padding = " ".repeat(4096 - "<meta charset=".length());
        assertAccepted(concat(utf8(padding + "<meta charset=\"iso-8859-9\">"), latin5Body), DocumentFormat.HTML);
        assertMalformed(concat(utf8(padding + " <meta charset=\"iso-8859-9\">"), latin5Body), DocumentFormat.HTML,
                "The html document is not valid UTF-8 text");
    }

    @Test
    void htmlWithAUtf16ByteOrderMarkIsLeftToTheFilter() {
        assertAccepted(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "<p>a</p>".getBytes(StandardCharsets.UTF_16BE)),
                DocumentFormat.HTML);
        assertAccepted(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>a</p>".getBytes(StandardCharsets.UTF_16LE)),
                DocumentFormat.HTML);
        assertAccepted(new byte[] {(byte) 0xFF, (byte) 0xFE}, DocumentFormat.HTML);
        assertMalformed(new byte[] {(byte) 0xFE, 0, 'a'}, DocumentFormat.HTML,
                "The HTML document contains NUL bytes; it looks like a binary file");
        assertMalformed(new byte[] {(byte) 0xFF, 0, 'a'}, DocumentFormat.HTML,
                "The HTML document contains NUL bytes; it looks like a binary file");
        assertMalformed(new byte[] {(byte) 0xFE}, DocumentFormat.HTML, "The html document is not valid UTF-8 text");
    }

    @Test
    void textAndMarkdownMustBeUtf8WithoutNul() {
        byte[] latin5 = "Çok güzel.".getBytes(java.nio.charset.Charset.forName("ISO-8859-9"));

        assertMalformed(latin5, DocumentFormat.MARKDOWN, "The markdown document is not valid UTF-8 text");
        assertMalformed(latin5, DocumentFormat.PLAIN_TEXT, "The text document is not valid UTF-8 text");
        assertMalformed(utf8("Çok\u0000güzel."), DocumentFormat.PLAIN_TEXT, "The text document contains a NUL character at byte 4");
        assertMalformed(utf8("\u0000"), DocumentFormat.MARKDOWN, "The markdown document contains a NUL character at byte 0");
        assertAccepted(utf8("Çok güzel."), DocumentFormat.MARKDOWN);
    }

    @Test
    void jsonMustBeUtf8WithoutNulAndParse() {
        assertMalformed(concat(utf8("{\"a\": \""), new byte[] {(byte) 0xFF}, utf8("\"}")), DocumentFormat.JSON,
                "The json document is not valid UTF-8 text");
        assertMalformed(utf8("{\"a\": \"b\"}\u0000"), DocumentFormat.JSON, "The json document contains a NUL character at byte 10");
        assertThatThrownBy(() -> InputGuard.check(utf8("{\"a\":\n }"), DocumentFormat.JSON, LIMITS))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED);
                    assertThat(e.getMessage()).startsWith("The JSON document does not parse: Unexpected character ('}'")
                            .endsWith("(line 2, column 2)").doesNotContain("\n");
                });
        assertAccepted(utf8("{\"a\": [\"b\", 1, true]}"), DocumentFormat.JSON);
    }

    @Test
    void xliffMayNotDeclareADtd() {
        assertRefused(utf8("<?xml version=\"1.0\"?><!DOCTYPE xliff><xliff/>"), DocumentFormat.XLIFF_2, LIMITS,
                DocumentException.Kind.UNSAFE_XML,
                "The XLIFF document contains a <!DOCTYPE declaration; DTDs and entities are not accepted");
        assertAccepted(utf8("<?xml version=\"1.0\"?><xliff/>"), DocumentFormat.XLIFF_1_2);
    }

    @Test
    void docxBytesAreLeftToThePackageCheckButNotItsSize() {
        assertAccepted(new byte[] {0, (byte) 0xFF, '<', '!'}, DocumentFormat.DOCX);
        assertRefused(new byte[11], DocumentFormat.DOCX, new DocumentLimits(10, 100, 10, 100), DocumentException.Kind.TOO_LARGE,
                "The document has 11 bytes; the limit is 10");
    }

    private static void assertAccepted(byte[] bytes, DocumentFormat format) {
        assertThatCode(() -> InputGuard.check(bytes, format, LIMITS)).doesNotThrowAnyException();
    }

    private static void assertMalformed(byte[] bytes, DocumentFormat format, String message) {
        assertRefused(bytes, format, LIMITS, DocumentException.Kind.MALFORMED, message);
    }

    private static void assertRefused(byte[] bytes, DocumentFormat format, DocumentLimits limits, DocumentException.Kind kind,
            String message) {
        assertThatThrownBy(() -> InputGuard.check(bytes, format, limits))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void utf16HtmlMustBeValidUtf16WithoutNul() {
        assertMalformed(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "\u0000<p>a</p>".getBytes(StandardCharsets.UTF_16LE)),
                DocumentFormat.HTML, "The html document contains a NUL character at character 0");
        assertMalformed(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "<p>a</p>".getBytes(StandardCharsets.UTF_16BE),
                new byte[] {(byte) 0xDC, 0x00}), DocumentFormat.HTML, "The html document is not valid UTF-16BE text");
    }
}
