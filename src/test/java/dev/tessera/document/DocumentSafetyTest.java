package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSafetyTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void xliffWithAnExternalEntityIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE xliff [<!ENTITY leak SYSTEM "%s">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="en" target-language="tr" datatype="plaintext"><body>
                <trans-unit id="1"><source>Leak: &leak;</source></trans-unit>
                </body></file></xliff>""".formatted(secret.toUri());

        assertThatThrownBy(() -> reader.extract(xliff.getBytes(StandardCharsets.UTF_8), DocumentFormat.XLIFF_1_2, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                });
        assertKind(() -> new DocumentWriter().merge(xliff.getBytes(StandardCharsets.UTF_8), DocumentFormat.XLIFF_1_2,
                "en", "tr", key -> Optional.empty()), DocumentException.Kind.UNSAFE_XML);
    }

    @Test
    void xliffWithAnExternalDtdOverHttpIsRefused() {
        String xliff = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/evil.dtd">
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f"/></xliff>""";

        assertKind(() -> reader.extract(xliff.getBytes(StandardCharsets.UTF_8), DocumentFormat.XLIFF_2, "en"),
                DocumentException.Kind.UNSAFE_XML);
    }

    @Test
    void utf16XliffWithADoctypeIsRefusedToo() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY a \"b\">]><xliff/>"
                .getBytes(StandardCharsets.UTF_16);

        assertKind(() -> reader.extract(utf16, DocumentFormat.XLIFF_1_2, "en"), DocumentException.Kind.UNSAFE_XML);
    }

    @Test
    void docxPartWithADoctypeIsRefused() {
        byte[] docx = DocxFixture.zip(
                new String[] {"[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types/>"},
                new String[] {"word/document.xml", "<w:document/>"});

        assertKind(() -> reader.extract(docx, DocumentFormat.DOCX, "en"), DocumentException.Kind.UNSAFE_XML);
    }

    @Test
    void docxZipBombIsTooLarge() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertKind(() -> reader.extract(bomb, DocumentFormat.DOCX, "en"), DocumentException.Kind.TOO_LARGE);
        DocumentReader generous = new DocumentReader(new DocumentLimits(50L << 20, 1L << 40, 10_000, 100));
        assertKind(() -> generous.extract(bomb, DocumentFormat.DOCX, "en"), DocumentException.Kind.TOO_LARGE);
    }

    @Test
    void aLargeRealisticDocxPasses() throws IOException {
        java.util.Random random = new java.util.Random(15);
        String[] words = ("the grain corridor shipping insurers raised premiums again while ministers in Ankara and Kyiv "
                + "met traders to discuss tonnage ports convoys prices wheat maize barley sunflower oil exports fell "
                + "by percent after talks stalled over inspections analysts expect freight rates to rise further").split(" ");
        DocxFixture.Run[][] paragraphs = new DocxFixture.Run[1500][];
        for (int p = 0; p < paragraphs.length; p++) {
            StringBuilder sentence = new StringBuilder("Paragraph ").append(p + 1);
            for (int w = 0; w < 25; w++) {
                sentence.append(' ').append(words[random.nextInt(words.length)]);
            }
            paragraphs[p] = new DocxFixture.Run[] {DocxFixture.Run.plain(sentence.append('.').toString())};
        }
        byte[] photo = new byte[12 * 1024 * 1024];
        random.nextBytes(photo);
        byte[] docx = DocxFixture.withPart(DocxFixture.docx(paragraphs), "word/media/image1.jpeg", photo);
        assertThat(docx.length).isGreaterThan(12 * 1024 * 1024);

        List<ExtractedSegment> segments = reader.extract(docx, DocumentFormat.DOCX, "en");

        assertThat(segments).hasSize(1500);
        assertThat(segments.get(1499).plainText()).startsWith("Paragraph 1500 ");
    }

    @Test
    void aBombOfOneHugeXmlPartIsStoppedAtTheUnpackedLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 101; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> reader.extract(bomb, DocumentFormat.DOCX, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("The DOCX package unpacks to more than 104857600 bytes");
                });
    }

    @Test
    void docxWithTooManyEntriesIsTooLarge() {
        DocumentReader strict = new DocumentReader(new DocumentLimits(50L << 20, 100L << 20, 2, 100));

        assertKind(() -> strict.extract(DocxFixture.article(), DocumentFormat.DOCX, "en"), DocumentException.Kind.TOO_LARGE);
    }

    @Test
    void garbageAsDocxIsMalformed() {
        byte[] garbage = "this is not a zip file at all".getBytes(StandardCharsets.UTF_8);

        assertKind(() -> reader.extract(garbage, DocumentFormat.DOCX, "en"), DocumentException.Kind.MALFORMED);
        assertKind(() -> reader.extract(DocxFixture.zip(new String[] {"a.txt", "x"}), DocumentFormat.DOCX, "en"),
                DocumentException.Kind.MALFORMED);
    }

    @Test
    void invalidUtf8MarkdownIsMalformed() {
        byte[] latin1 = "Çok güzel bir yazı.".getBytes(StandardCharsets.ISO_8859_1);

        assertKind(() -> reader.extract(latin1, DocumentFormat.MARKDOWN, "tr"), DocumentException.Kind.MALFORMED);
    }

    @Test
    void binaryPretendingToBeHtmlIsMalformed() {
        byte[] binary = {'<', 'p', '>', 0, 1, 2, (byte) 0xFF, 'x', '<', '/', 'p', '>'};

        assertKind(() -> reader.extract(binary, DocumentFormat.HTML, "en"), DocumentException.Kind.MALFORMED);
    }

    @Test
    void emptyOrMarkupOnlyHtmlHasNothingToTranslate() {
        assertKind(() -> reader.extract(new byte[0], DocumentFormat.HTML, "en"), DocumentException.Kind.NOTHING_TO_TRANSLATE);
        byte[] markupOnly = "<html><head><script>var x = 1;</script></head><body><p> <img src=a.png> &nbsp; </p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertKind(() -> reader.extract(markupOnly, DocumentFormat.HTML, "en"), DocumentException.Kind.NOTHING_TO_TRANSLATE);
    }

    @Test
    void malformedJsonIsMalformed() {
        byte[] json = "{\"title\": \"Grain corridor\", \"body\": ".getBytes(StandardCharsets.UTF_8);

        assertKind(() -> reader.extract(json, DocumentFormat.JSON, "en"), DocumentException.Kind.MALFORMED);
    }

    @Test
    void brokenXliffIsMalformedWithAShortMessage() {
        byte[] broken = "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>x</trans-unit>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.extract(broken, DocumentFormat.XLIFF_1_2, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED);
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\tat ").hasSizeLessThan(250);
                });
    }

    @Test
    void documentAboveTheSizeLimitIsTooLarge() {
        DocumentReader small = new DocumentReader(new DocumentLimits(10, 100, 10, 100));

        assertKind(() -> small.extract("<p>Hello there, world.</p>".getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML, "en"),
                DocumentException.Kind.TOO_LARGE);
    }

    @Test
    void exceptionsFromTheConsumerPassThrough() {
        IllegalStateException mine = new IllegalStateException("stop");

        assertThatThrownBy(() -> reader.extract(TestDocuments.read("article.html"), DocumentFormat.HTML, "en", s -> {
            throw mine;
        })).isSameAs(mine);
    }

    private static void assertKind(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, DocumentException.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
