package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of the DOCX package check alone, at its exact edge: the package is built so that
 * only the limit under test can trip (stored entries are not compressed at all; a packed size
 * far above the real one keeps the package-wide ratio quiet), and the refusal's own message
 * is asserted, since several limits share the kind {@code TOO_LARGE}.
 */
class DocxPackageTest {

    private static final int MB = 1024 * 1024;
    /** A packed size so large that the package-wide ratio cannot trip. */
    private static final long NO_PACKAGE_RATIO = Integer.MAX_VALUE;
    private static final String DOCUMENT = "<w:document/>";

    @TempDir
    Path dir;

    @Test
    void entriesUpToTheLimitPassOneMoreIsTooLarge() throws IOException {
        Path docx = write(deflated("word/document.xml", DOCUMENT), deflated("a.xml", "<a/>"), deflated("b.xml", "<b/>"));

        assertPasses(docx, limits(100 * MB, 3, 100));
        assertTooLarge(docx, limits(100 * MB, 2, 100), "The DOCX package has 3 entries; the limit is 2");
    }

    @Test
    void aZipWithoutTheMainDocumentIsNoWordDocument() throws IOException {
        Path zip = write(deflated("word/other.xml", DOCUMENT));

        assertThatThrownBy(() -> DocxPackage.check(zip, Files.size(zip), DocumentLimits.defaults()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED);
                    assertThat(e.getMessage()).isEqualTo("The file is a zip package but not a Word document (no word/document.xml)");
                });
    }

    @Test
    void theUnpackedSizeCountsEveryPartUpToItsLimit() throws IOException {
        String document = DOCUMENT + " ".repeat(1000 - DOCUMENT.length());
        Path docx = write(stored("word/document.xml", bytes(document)), stored("word/media/a.bin", new byte[500]),
                directory("word/media/"));

        assertPasses(docx, limits(1500, 10, 1));
        assertTooLarge(docx, limits(1499, 10, 1), "The DOCX package unpacks to more than 1499 bytes");
        assertTooLarge(docx, limits(999, 10, 1), "The DOCX package unpacks to more than 999 bytes");
    }

    @Test
    void oneHugeXmlPartIsStoppedAtTheUnpackedLimit() throws IOException {
        Path bomb = write(deflated("word/document.xml", "<w:document>" + " ".repeat(3 * MB) + "</w:document>"));

        assertTooLarge(bomb, limits(2 * MB, 10, 100_000), "The DOCX package unpacks to more than 2097152 bytes");
        assertPasses(bomb, limits(4 * MB, 10, 100_000));
    }

    @Test
    void aPartWhoseReadsEndExactlyOnTheBudgetIsStillReadToItsEnd() throws IOException {
        // stored parts are read 64 KiB at a time: after the document, the budget left is exactly
        // one read, and the part holds one byte more
        int read = 64 * 1024;
        String document = DOCUMENT + " ".repeat(100 - DOCUMENT.length());
        long limit = 100 + read;
        for (String part : new String[] {"word/media/a.bin", "word/a.xml"}) {
            Path docx = write(stored("word/document.xml", bytes(document)), stored(part, new byte[read + 1]));
            Path fits = write(stored("word/document.xml", bytes(document)), stored(part, new byte[read]));

            assertTooLarge(docx, limits(limit, 10, 1), "The DOCX package unpacks to more than " + limit + " bytes");
            assertPasses(fits, limits(limit, 10, 1));
        }
    }

    @Test
    void aHighlyCompressedPartAboveOneMegabyteIsTooLarge() throws IOException {
        Path atThreshold = write(deflated("word/document.xml", DOCUMENT), deflatedBytes("word/media/a.bin", new byte[MB]));
        Path aboveThreshold = write(deflated("word/document.xml", DOCUMENT), deflatedBytes("word/media/a.bin", new byte[MB + 1]));

        assertPasses(atThreshold, limits(100 * MB, 10, 100));
        assertTooLarge(aboveThreshold, limits(100 * MB, 10, 100), "A part of the DOCX package is compressed more than 100 times");
    }

    @Test
    void aPartCompressedExactlyAtTheRatioPasses() throws IOException {
        Path docx = write(deflated("word/document.xml", DOCUMENT), stored("word/media/a.bin", new byte[2 * MB]));

        assertPasses(docx, limits(100 * MB, 10, 1));
    }

    @Test
    void thePackageAsAWholeMayNotBeCompressedBeyondTheRatio() throws IOException {
        Path docx = write(deflated("word/document.xml", DOCUMENT), stored("word/media/a.bin", new byte[2 * MB - DOCUMENT.length()]));
        long total = 2L * MB;

        assertThatCode(() -> DocxPackage.check(docx, total / 2, limits(100 * MB, 10, 2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DocxPackage.check(docx, total / 2 - 1, limits(100 * MB, 10, 2)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("The DOCX package is compressed more than 2 times");
                });
        assertThatCode(() -> DocxPackage.check(docx, 0, limits(100 * MB, 10, (int) total)))
                .as("an empty packed size counts as one byte").doesNotThrowAnyException();
    }

    @Test
    void aSmallPackageMayCompressWell() throws IOException {
        Path docx = write(stored("word/document.xml", bytes(DOCUMENT + " ".repeat(MB - DOCUMENT.length()))));

        assertThatCode(() -> DocxPackage.check(docx, 1, limits(100 * MB, 10, 1))).doesNotThrowAnyException();
    }

    @Test
    void declarationsAreSoughtInXmlPartsOnly() throws IOException {
        String doctype = "<!DOCTYPE x [<!ENTITY a \"b\">]>";
        Path image = write(deflated("word/document.xml", DOCUMENT), deflated("word/media/IMAGE1.PNG", doctype));
        Path part = write(deflated("word/document.xml", DOCUMENT), deflated("word/media/image1.xml", doctype));

        assertPasses(image, DocumentLimits.defaults());
        assertThatThrownBy(() -> DocxPackage.check(part, Files.size(part), DocumentLimits.defaults()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                    assertThat(e.getMessage()).isEqualTo("The DOCX part word/media/image1.xml contains a <!DOCTYPE declaration;"
                            + " DTDs and entities are not accepted");
                });
    }

    @Test
    void aBrokenZipIsMalformedAndAnUnreadableOneCannotBeRead() throws IOException {
        Path broken = write(deflated("word/document.xml", DOCUMENT + " ".repeat(5000)));
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));

        assertMalformed(broken, "The file is not a valid DOCX (zip) package");
        assertMalformed(dir, "The DOCX package cannot be read");
    }

    private static void assertMalformed(Path file, String message) {
        assertThatThrownBy(() -> DocxPackage.check(file, 100, DocumentLimits.defaults()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private static DocumentLimits limits(long maxUnpacked, int maxEntries, int ratio) {
        return new DocumentLimits(50L * MB, maxUnpacked, maxEntries, ratio);
    }

    private static void assertPasses(Path docx, DocumentLimits limits) {
        assertThatCode(() -> DocxPackage.check(docx, NO_PACKAGE_RATIO, limits)).doesNotThrowAnyException();
    }

    private static void assertTooLarge(Path docx, DocumentLimits limits, String message) {
        assertThatThrownBy(() -> DocxPackage.check(docx, NO_PACKAGE_RATIO, limits))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private record Entry(ZipEntry entry, byte[] content) {
    }

    private static Entry deflated(String name, String content) {
        return deflatedBytes(name, bytes(content));
    }

    private static Entry deflatedBytes(String name, byte[] content) {
        return new Entry(new ZipEntry(name), content);
    }

    private static Entry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        return new Entry(entry, content);
    }

    private static Entry directory(String name) {
        return stored(name, new byte[0]);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(e.entry());
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        Path file = Files.createTempFile(dir, "package", ".docx");
        Files.write(file, out.toByteArray());
        return file;
    }
}
