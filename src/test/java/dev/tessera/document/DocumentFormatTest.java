package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void namesFileNamesAndContentTypes() {
        assertThat(DocumentFormat.fromName("HTML")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.fromName("text")).contains(DocumentFormat.PLAIN_TEXT);
        assertThat(DocumentFormat.fromName("xliff2")).contains(DocumentFormat.XLIFF_2);
        assertThat(DocumentFormat.fromName("pdf")).isEmpty();
        assertThat(DocumentFormat.fromFileName("Makale.XHTML")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.fromFileName("notes.markdown")).contains(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.fromFileName("a.xliff")).contains(DocumentFormat.XLIFF_1_2);
        assertThat(DocumentFormat.fromFileName("README")).isEmpty();
        assertThat(DocumentFormat.fromContentType("text/html; charset=utf-8")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.fromContentType("application/octet-stream")).isEmpty();
        assertThat(DocumentFormat.DOCX.extension()).isEqualTo("docx");
        assertThat(DocumentFormat.JSON.apiName()).isEqualTo("json");
    }

    @Test
    void resolveTakesParameterThenFileNameThenContentTypeThenBytes() {
        byte[] html = "<html><body><p>Hi.</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentFormat.resolve("markdown", "a.html", "text/html", html)).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.resolve(null, "a.txt", "text/html", html)).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(DocumentFormat.resolve("", null, "text/html", html)).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.resolve(null, "upload", "application/octet-stream", html)).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.resolve(null, null, null, DocxFixture.article())).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void xliffVersionIsSniffed() {
        assertThat(DocumentFormat.resolve(null, "a.xlf", null, TestDocuments.read("article-2.xlf"))).isEqualTo(DocumentFormat.XLIFF_2);
        assertThat(DocumentFormat.resolve(null, "a.xlf", null, TestDocuments.read("article.xlf"))).isEqualTo(DocumentFormat.XLIFF_1_2);
        assertThat(DocumentFormat.resolve(null, null, "application/xliff+xml", TestDocuments.read("article-2.xlf")))
                .isEqualTo(DocumentFormat.XLIFF_2);
    }

    @Test
    void unknownFormatIsUnsupported() {
        assertThatThrownBy(() -> DocumentFormat.resolve("pdf", null, null, new byte[0]))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> DocumentFormat.resolve(null, "a.bin", null, new byte[] {1, 2, 3}))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void everyFormatHasAFilterFingerprint() {
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(FilterConfigurations.fingerprint(format)).startsWith(FilterConfigurations.filterId(format) + "\n");
        }
        assertThat(FilterConfigurations.fingerprint(DocumentFormat.HTML)).contains("preserve_whitespace: true");
        assertThat(FilterConfigurations.fingerprint(DocumentFormat.MARKDOWN)).contains("translateCodeBlocks.b=false");
        assertThat(FilterConfigurations.fingerprint(DocumentFormat.JSON)).contains("escapeForwardSlashes.b=false");
    }

    @Test
    void fileNamesAndContentTypesAtTheirEdges() {
        assertThat(DocumentFormat.fromFileName(".docx")).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.XLIFF_2.contentType()).isEqualTo("application/xliff+xml");
        assertThat(DocumentFormat.DOCX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void theContentTypeDecidesBeforeTheBytes() {
        byte[] text = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.resolve(null, null, "text/markdown", text)).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.resolve(null, null, null, text)).isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.resolve(null, null, null, " [1]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.JSON);
    }

    @Test
    void bytesAloneNameXliffOfEitherVersion() {
        assertThat(DocumentFormat.resolve(null, null, null,
                "<xliff version=\"1.2\"><file/></xliff>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.XLIFF_1_2);
        assertThat(DocumentFormat.resolve(null, null, null,
                "<xliff version=\"2.0\"><file/></xliff>".getBytes(StandardCharsets.UTF_8)))
                .as("the tag at the very first byte").isEqualTo(DocumentFormat.XLIFF_2);
    }

    @Test
    void onlyTheRootTagsVersionCounts() {
        byte[] later = "<xliff version=\"1.2\"><file original=\"a\" version=\"2.0\"/></xliff>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.resolve(null, "a.xlf", null, later)).isEqualTo(DocumentFormat.XLIFF_1_2);
        byte[] noXliff = "<html/>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.resolve(null, "a.xlf", null, noXliff)).isEqualTo(DocumentFormat.XLIFF_1_2);
        byte[] unclosed = "<?xml version=\"1.0\"?><xliff version=\"2.0\"".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.resolve(null, "a.xlf", null, unclosed)).isEqualTo(DocumentFormat.XLIFF_2);
    }

    @Test
    void threeBytesLikeAZipHeaderAreNotADocx() {
        assertThatThrownBy(() -> DocumentFormat.resolve(null, null, null, new byte[] {'P', 'K', 3}))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSUPPORTED_FORMAT))
                .hasMessage("Cannot tell the document's format; give one of: "
                        + "html, markdown, text, docx, xliff, xliff2, json");
    }

    @Test
    void anUnknownFormatNamesTheSupportedOnes() {
        assertThatThrownBy(() -> DocumentFormat.resolve(" pdf ", null, null, new byte[0]))
                .hasMessage("Unknown format 'pdf'; supported: html, markdown, text, docx, xliff, xliff2, json");
    }
}
