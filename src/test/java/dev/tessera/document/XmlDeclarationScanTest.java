package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DTD and entity scan on bytes as they arrive: across reads, in any case, in UTF-16, within a budget. */
class XmlDeclarationScanTest {

    @Test
    void findsBothDeclarationsInAnyCase() {
        assertThat(scan("<?xml version=\"1.0\"?><!DOCTYPE x><x/>")).isEqualTo("doctype");
        assertThat(scan("<!doctype html><p>")).isEqualTo("doctype");
        assertThat(scan("<x><!ENTITY a \"b\"></x>")).isEqualTo("entity");
        assertThat(scan("<x><!Entity a \"b\"></x>")).isEqualTo("entity");
    }

    @Test
    void nearMissesAreNoDeclarations() {
        assertThat(scan("<!ELEMENT x ANY><!-- DOCTYPE --><x>ENTITY</x><!DOC TYPE>")).isNull();
        assertThat(scan("<!DOCTYP>")).isNull();
        assertThat(scan("")).isNull();
    }

    @Test
    void aNewTagStartsTheMatchAgain() {
        assertThat(scan("<<!DOCTYPE x>")).isEqualTo("doctype");
        assertThat(scan("<!DOCTY<!DOCTYPE x>")).isEqualTo("doctype");
        assertThat(scan("<!ENTI<!ENTITY x>")).isEqualTo("entity");
    }

    @Test
    void nulBytesAreSkippedSoUtf16IsScannedToo() {
        XmlDeclarationScan scan = new XmlDeclarationScan();
        byte[] utf16 = "<x/><!DOCTYPE x>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(scan.feed(utf16, 0, utf16.length)).isEqualTo("doctype");
    }

    @Test
    void aDeclarationSplitAcrossReadsIsFoundAndStaysFound() {
        XmlDeclarationScan scan = new XmlDeclarationScan();
        byte[] first = "<x/><!DOC".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "TYPE x>".getBytes(StandardCharsets.US_ASCII);
        byte[] third = "<y/>".getBytes(StandardCharsets.US_ASCII);

        assertThat(scan.feed(first, 0, first.length)).isNull();
        assertThat(scan.feed(second, 0, second.length)).isEqualTo("doctype");
        assertThat(scan.feed(third, 0, third.length)).isEqualTo("doctype");
    }

    @Test
    void onlyTheGivenRangeIsScanned() {
        byte[] bytes = "abc<!DOCTYPE x>".getBytes(StandardCharsets.US_ASCII);

        assertThat(new XmlDeclarationScan().feed(bytes, 3, 9)).isEqualTo("doctype");
        assertThat(new XmlDeclarationScan().feed(bytes, 3, 8)).isNull();
        assertThat(new XmlDeclarationScan().feed(bytes, 4, 11)).isNull();
    }

    @Test
    void aStreamIsReadToItsEndAcrossBuffers() throws IOException {
        byte[] clean = ("<x>" + "a".repeat(200_000) + "</x>").getBytes(StandardCharsets.US_ASCII);
        assertThat(XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(clean), "The part", 1_000_000))
                .isEqualTo(clean.length);

        String padding = "a".repeat(64 * 1024 - 5);
        byte[] split = (padding + "<!DOCTYPE x>").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(split), "The part", 1_000_000))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                    assertThat(e.getMessage()).isEqualTo("The part contains a <!DOCTYPE declaration; DTDs and entities are not accepted");
                });
    }

    @Test
    void readingStopsOnceTheBudgetIsPassed() throws IOException {
        byte[] doctype = "<!ENTITY a 'b'>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(doctype), "The part", doctype.length))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.getMessage()).contains("<!ENTITY"));
        assertThat(XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(doctype), "The part", doctype.length - 1))
                .as("past the budget: the caller refuses the size").isEqualTo(doctype.length);
    }

    @Test
    void bytesInMemoryAreRefusedWithTheirName() {
        byte[] xliff = "<?xml version=\"1.0\"?><!ENTITY x \"y\"><xliff/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(xliff, "The XLIFF document"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("The XLIFF document contains a <!ENTITY declaration; DTDs and entities are not accepted"));
    }

    @Test
    void ebcdicIsRefusedByItsFirstBytes() {
        byte[] ebcdic = "<?xml version=\"1.0\" encoding=\"IBM037\"?><x/>".getBytes(Charset.forName("IBM037"));

        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(ebcdic, "The TMX file"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                    assertThat(e.getMessage()).isEqualTo("The TMX file is encoded in EBCDIC, which is not accepted");
                });
    }

    @Test
    void aDeclaredEncodingThatHidesDeclarationsIsRefused() {
        for (String name : List.of("IBM037", "IBM500", "UTF-7", "no-such-encoding", "")) {
            byte[] head = ("<?xml version=\"1.0\" encoding='" + name + "'?><x/>").getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(head, "The XLIFF file")).as(name)
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                        assertThat(e.getMessage()).startsWith("The XLIFF file declares the encoding '" + name + "'");
                    });
        }
    }

    @Test
    void encodingsThatKeepTheDeclarationBytesAreAccepted() {
        for (String name : List.of("UTF-8", "utf-8", "US-ASCII", "ISO-8859-1", "ISO-8859-9", "windows-1251", "KOI8-R",
                "UTF-16", "UTF-16LE", "x-UTF-16LE-BOM", "UTF-32")) {
            Charset charset = Charset.forName(name);
            byte[] document = ("<?xml version=\"1.0\" encoding=\"" + name + "\"?><x>İı Ё</x>").getBytes(charset);
            XmlDeclarationScan.refuseDeclarations(document, "The file");
        }
        XmlDeclarationScan.refuseDeclarations("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8), "The file");
        XmlDeclarationScan.refuseDeclarations("\uFEFF<?xml version='1.0' encoding='UTF-8'?><x/>".getBytes(StandardCharsets.UTF_8),
                "The file");
    }

    @Test
    void aDeclarationInAnAcceptedEncodingIsStillFound() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(utf16, "The file"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.getMessage()).contains("<!DOCTYPE"));
    }

    @Test
    void aStreamIsCheckedForItsEncodingBeforeItIsScanned() {
        byte[] ebcdic = ("<?xml version=\"1.0\" encoding=\"IBM037\"?><w:document/>" + " ".repeat(1000))
                .getBytes(Charset.forName("IBM037"));

        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(ebcdic), "The DOCX part x",
                1_000_000)).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.getMessage()).isEqualTo("The DOCX part x is encoded in EBCDIC, which is not accepted"));
    }

    private static String scan(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new XmlDeclarationScan().feed(bytes, 0, bytes.length);
    }

    @Test
    void theFourBytesOfAnEbcdicStartAloneAreRefused() {
        byte[] start = "<?xm".getBytes(Charset.forName("IBM037"));
        assertThat(start).hasSize(4);
        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(start, "The TMX file"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML))
                .hasMessage("The TMX file is encoded in EBCDIC, which is not accepted");
    }

    @Test
    void anEncodingJavaCanOnlyDecodeIsRefused() {
        assertThat(Charset.forName("x-JISAutoDetect").canEncode()).isFalse();
        byte[] head = "<?xml version=\"1.0\" encoding=\"x-JISAutoDetect\"?><x/>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(head, "The XLIFF file"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML))
                .hasMessage("The XLIFF file declares the encoding 'x-JISAutoDetect', which is not accepted "
                        + "(UTF-8, UTF-16 and ASCII-based encodings are)");
    }

    @Test
    void aStreamThatEndsExactlyOnTheBudgetIsScannedToItsLastByte() {
        byte[] bytes = ("a".repeat(XmlDeclarationScan.HEAD) + "<!DOCTYPE x>").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> XmlDeclarationScan.refuseDeclarations(new ByteArrayInputStream(bytes), "The DOCX part x",
                bytes.length))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML));
    }
}
