package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Reading a ZIP of XLIFF files: each limit tested alone at its exact edge (one byte or one
 * file under passes, at the limit passes, one over is refused with its own code).
 */
class ZipBundleReadTest {

    /** Ten bytes a file, thirty in all, three files. */
    private static final ExchangeConfig LIMITS = limits(10, 30, 3);

    private static ExchangeConfig limits(long fileSize, long unpacked, int files) {
        return new ExchangeConfig() {
            @Override
            public MemorySize maxFileSize() {
                return new MemorySize(BigInteger.valueOf(fileSize));
            }

            @Override
            public MemorySize maxUnpackedSize() {
                return new MemorySize(BigInteger.valueOf(unpacked));
            }

            @Override
            public int maxFiles() {
                return files;
            }
        };
    }

    private static Map<String, byte[]> files(String... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String codeOf(Throwable e) {
        return String.valueOf(((HttpProblem) e).getParameters().get("code"));
    }

    @Test
    void whatIsWrittenIsReadBackInOrder() {
        byte[] zip = ZipBundle.write(files("b.xlf", "<b/>", "a.XLIFF", "<a/>", "c.xml", "<c/>"));
        Map<String, byte[]> read = ZipBundle.read(zip, LIMITS);
        assertThat(read.keySet()).containsExactly("b.xlf", "a.XLIFF", "c.xml");
        assertThat(new String(read.get("a.XLIFF"), StandardCharsets.UTF_8)).isEqualTo("<a/>");
    }

    @Test
    void directoriesAreSkippedButTheirNamesChecked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("tr/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("tr/a.xlf"));
            zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(ZipBundle.read(out.toByteArray(), LIMITS).keySet()).containsExactly("tr/a.xlf");

        byte[] unsafe = ZipBundle.write(files("../a.xlf", "<a/>"));
        assertThatThrownBy(() -> ZipBundle.read(unsafe, LIMITS)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("UNSAFE_ARCHIVE"));
    }

    @Test
    void aNameWithSpacesIsPlain() {
        assertThat(ZipBundle.read(ZipBundle.write(files("my article.xlf", "<a/>")), LIMITS)).containsKey("my article.xlf");
    }

    @Test
    void aFileOtherThanXliffIsRefused() {
        byte[] zip = ZipBundle.write(files("a.xlf", "<a/>", "notes.txt", "hi"));
        assertThatThrownBy(() -> ZipBundle.read(zip, LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("MALFORMED_DOCUMENT"))
                .hasMessageContaining("'notes.txt', which is not an XLIFF file");
    }

    @Test
    void theFileCountLimitHoldsAtItsEdge() {
        assertThat(ZipBundle.read(ZipBundle.write(files("a.xlf", "1", "b.xlf", "2", "c.xlf", "3")), LIMITS)).hasSize(3);
        byte[] four = ZipBundle.write(files("a.xlf", "1", "b.xlf", "2", "c.xlf", "3", "d.xlf", "4"));
        assertThatThrownBy(() -> ZipBundle.read(four, LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("PAYLOAD_TOO_LARGE"))
                .hasMessageContaining("more than 3 files");
    }

    @Test
    void theSizeOfOneFileIsLimitedAtItsEdge() {
        assertThat(ZipBundle.read(ZipBundle.write(files("a.xlf", "0123456789")), LIMITS).get("a.xlf")).hasSize(10);
        byte[] eleven = ZipBundle.write(files("a.xlf", "0123456789X"));
        assertThatThrownBy(() -> ZipBundle.read(eleven, LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("DOCUMENT_TOO_LARGE"))
                .hasMessageContaining("'a.xlf' unpacks to more than 10 bytes");
    }

    @Test
    void theUnpackedTotalIsLimitedAtItsEdge() {
        ExchangeConfig limits = limits(10, 25, 3);
        assertThat(ZipBundle.read(ZipBundle.write(files("a.xlf", "0123456789", "b.xlf", "0123456789", "c.xlf", "01234")),
                limits)).hasSize(3);
        byte[] over = ZipBundle.write(files("a.xlf", "0123456789", "b.xlf", "0123456789", "c.xlf", "012345"));
        assertThatThrownBy(() -> ZipBundle.read(over, limits))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("DOCUMENT_TOO_LARGE"))
                .hasMessageContaining("The ZIP unpacks to more than 25 bytes");
    }

    @Test
    void aNameHeldTwiceIsRefused() {
        byte[] zip = ZipBundle.write(files("a.xlf", "<a/>", "b.xlf", "<b/>"));
        // ZipOutputStream refuses to write a name twice; rename the second entry in the bytes
        String latin = new String(zip, StandardCharsets.ISO_8859_1).replace("b.xlf", "a.xlf");
        byte[] twice = latin.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ZipBundle.read(twice, LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("UNSAFE_ARCHIVE"))
                .hasMessageContaining("'a.xlf' twice");
    }

    @Test
    void anArchiveWithNoXliffOrNoZipAtAllIsRefused() {
        assertThatThrownBy(() -> ZipBundle.read(ZipBundle.write(Map.of()), LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("MALFORMED_DOCUMENT"))
                .hasMessageContaining("holds no XLIFF file");
        assertThatThrownBy(() -> ZipBundle.read("not a zip".getBytes(StandardCharsets.UTF_8), LIMITS))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("MALFORMED_DOCUMENT"));
    }
}
