package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text documents that announce their encoding only by a byte-order mark (no charset, no XML
 * declaration) are read in that encoding, and the identity merge gives their text back: a
 * UTF-8 original byte for byte, a UTF-16 one in UTF-8 (the encoding every merged document is
 * written in).
 */
class ByteOrderMarkTest {

    private static final String TR = "Türkçe: İstanbul'da ılık bir gün.";
    private static final String RU = "Русский: Экономика растёт.";

    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"HTML, UTF-16LE", "HTML, UTF-16BE", "HTML, UTF-8",
            "MARKDOWN, UTF-16LE", "MARKDOWN, UTF-16BE", "MARKDOWN, UTF-8",
            "PLAIN_TEXT, UTF-16LE", "PLAIN_TEXT, UTF-16BE", "PLAIN_TEXT, UTF-8",
            "JSON, UTF-16LE", "JSON, UTF-8"})
    void theMarkChoosesTheEncoding(DocumentFormat format, String charsetName) {
        Charset charset = Charset.forName(charsetName);
        String text = switch (format) {
            case HTML -> "<html><body><p>" + TR + " " + RU + "</p></body></html>";
            case JSON -> "{\"body\": \"" + TR + " " + RU + "\"}";
            default -> TR + " " + RU + "\n";
        };
        byte[] bytes = withBom(text, charset);

        List<ExtractedSegment> segments = reader.extract(bytes, format, "tr");
        byte[] merged = writer.merge(bytes, format, "tr", "tr", key -> Optional.empty());

        assertThat(segments).extracting(ExtractedSegment::plainText).containsExactly(TR, RU);
        if (charset == StandardCharsets.UTF_8) {
            assertThat(merged).as("a UTF-8 original, mark included, comes back byte for byte").isEqualTo(bytes);
        } else {
            assertThat(new String(merged, StandardCharsets.UTF_8)).contains(TR + " " + RU);
        }
    }

    private static byte[] withBom(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(charset));
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
