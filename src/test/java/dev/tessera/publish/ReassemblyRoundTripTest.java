package dev.tessera.publish;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.DocumentReader;
import dev.tessera.document.ExtractedSegment;
import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format of the test articles, through the database and back: with each target equal
 * to its source (all approved), the downloaded document is the original — byte for byte, or
 * with only the normalisations docs/DOCUMENTS.md lists (HTML: the language attribute and the
 * charset's case; DOCX: re-zipped, same text; XLIFF: targets added in the target language).
 */
@QuarkusTest
class ReassemblyRoundTripTest {

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en/energy-transition.html, html", "tr/enerji-donusumu.html, html", "en/central-banks.md, markdown",
            "ru/tsentralnye-banki.md, markdown", "en/briefing.txt, text", "ru/brifing.txt, text",
            "en/newsletter.json, json", "tr/bulten.json, json", "en/policy-memo.docx, docx",
            "tr/politika-notu.docx, docx", "en/interview.xlf, xliff", "ru/interview.xlf, xliff"})
    void identityTranslationGivesTheOriginalBack(String resource, String format) {
        String source = resource.substring(0, 2);
        String target = source.equals("en") ? "tr" : "en";
        long id = Articles.importFile(Fixtures.user("editor").request(), resource, source,
                Map.of("targetLangs", target, "externalId", Fixtures.uniqueName("rt")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        int segments = Approvals.approveAll(dataSource, id, target, UnaryOperator.identity());
        assertThat(segments).isPositive();

        byte[] document = asAdmin().get("/api/articles/" + id + "/translations/" + target + "/document")
                .then().statusCode(200).extract().asByteArray();

        byte[] original = Articles.bytes(resource);
        DocumentFormat documentFormat = DocumentFormat.fromName(format).orElseThrow();
        switch (documentFormat) {
            case HTML -> assertThat(text(document).replace("<html lang=\"" + target + "\">", "<html lang=\"" + source + "\">")
                    .replace("&apos;", "'"))
                    .isEqualTo(text(original).replace("charset=\"utf-8\"", "charset=\"UTF-8\""));
            case MARKDOWN -> {
                // Okapi's Markdown writer drops blank lines inside fenced code blocks (docs/DOCUMENTS.md);
                // nothing else may differ
                assertThat(withoutBlankLinesInCode(text(document))).isEqualTo(withoutBlankLinesInCode(text(original)));
            }
            case JSON -> {
                // \\uXXXX escapes come back as the characters themselves: the same JSON value
                if (!Arrays.equals(document, original)) {
                    assertThat(json(document)).isEqualTo(json(original));
                    assertThat(text(original)).contains("\\u");
                }
            }
            case DOCX -> assertThat(notations(document, documentFormat, source))
                    .isEqualTo(notations(original, documentFormat, source));
            case XLIFF_1_2 -> {
                assertThat(notations(document, documentFormat, source)).isEqualTo(notations(original, documentFormat, source));
                assertThat(text(document)).contains("target-language=\"" + target + "\"")
                        .contains("<target xml:lang=\"" + target + "\"");
            }
            default -> assertThat(document).isEqualTo(original);
        }
    }

    private static String withoutBlankLinesInCode(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            if (!(inCode && line.isBlank())) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> notations(byte[] document, DocumentFormat format, String lang) {
        return new DocumentReader().extract(document, format, lang).stream().map(ExtractedSegment::notation).toList();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
