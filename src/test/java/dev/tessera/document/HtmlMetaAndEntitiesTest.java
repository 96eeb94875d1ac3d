package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SEO text of a page (meta description, Open Graph and Twitter card title and description)
 * is offered for translation, and character entities are shown to translators as the
 * characters they stand for, while the identity merge keeps them written as they were.
 */
class HtmlMetaAndEntitiesTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Grid queues</title>
            <meta name="description" content="Why renewable projects wait for the grid.">
            <meta property="og:title" content="Grid queues in Europe">
            <meta property="og:description" content="Projects wait years for a connection.">
            <meta name="twitter:title" content="Grid queues">
            <meta name="twitter:description" content="A short read on waiting projects.">
            <meta name="keywords" content="grid, energy">
            <meta property="og:url" content="https://example.org/grid">
            </head>
            <body>
            <p>Prices rose 10&ndash;15&nbsp;% in 2023 &mdash; a record &amp; a warning.</p>
            <p>Plain dash – here, written as a character.</p>
            </body>
            </html>
            """;

    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    @Test
    void theMetaDescriptionAndSocialCardTextsAreSegments() {
        List<String> texts = texts();

        assertThat(texts).contains("Why renewable projects wait for the grid.", "Grid queues in Europe",
                "Projects wait years for a connection.", "A short read on waiting projects.");
        assertThat(texts).as("keywords and URLs are not prose").doesNotContain("grid, energy", "https://example.org/grid");
    }

    @Test
    void entitiesAreShownAsCharacters() {
        ExtractedSegment prices = reader.extract(bytes(), DocumentFormat.HTML, "en").stream()
                .filter(s -> s.plainText().startsWith("Prices")).findFirst().orElseThrow();

        assertThat(prices.notation()).isEqualTo("Prices rose 10–15\u00a0% in 2023 — a record & a warning.");
    }

    @Test
    void theIdentityMergeKeepsEntitiesWhereTheOriginalHadThem() {
        // Every target is the stored (decoded) source, as when a translator confirms it unchanged.
        Map<SegmentKey, SegmentContent> stored = reader.extract(bytes(), DocumentFormat.HTML, "en").stream()
                .collect(Collectors.toMap(ExtractedSegment::key, ExtractedSegment::content));
        String merged = new String(writer.merge(bytes(), DocumentFormat.HTML, "en", "en",
                key -> Optional.ofNullable(stored.get(key))), StandardCharsets.UTF_8);

        assertThat(merged).contains("<p>Prices rose 10&ndash;15&nbsp;% in 2023 &mdash; a record &amp; a warning.</p>")
                .contains("<p>Plain dash – here, written as a character.</p>")
                .contains("content=\"Why renewable projects wait for the grid.\"");
        assertThat(merged).isEqualTo(PAGE.replace("charset=\"utf-8\"", "charset=\"UTF-8\"")); // KnownDifference: charset case
    }

    @Test
    void aTranslationWritesEntitiesOnlyForCharactersTheSourceWroteAsEntities() {
        assertThat(HtmlEntities.encodeLike("Fiyatlar %10–15 arttı — A&B, A&B – C", "Prices 10&ndash;15 &mdash; A&amp;B – x"))
                .isEqualTo("Fiyatlar %10&ndash;15 arttı &mdash; A&amp;B, A&amp;B – C");
        assertThat(HtmlEntities.encodeLike("10–15 < 20", "10-15")).isEqualTo("10–15 < 20");
        assertThat(HtmlEntities.decode("10&ndash;15&#8212;&#x2014;&amp;&unknown; &amp no")).isEqualTo("10–15——&&unknown; &amp no");
    }

    @Test
    void aTranslatedMetaDescriptionIsWrittenIntoThePage() {
        byte[] page = bytes();
        List<ExtractedSegment> segments = reader.extract(page, DocumentFormat.HTML, "en");
        ExtractedSegment description = segments.stream()
                .filter(s -> s.plainText().equals("Why renewable projects wait for the grid.")).findFirst().orElseThrow();

        String merged = new String(writer.merge(page, DocumentFormat.HTML, "en", "tr",
                key -> key.equals(description.key())
                        ? Optional.of(new SegmentContent("Yenilenebilir projeler neden şebekeyi bekliyor?", ""))
                        : Optional.empty()), StandardCharsets.UTF_8);

        assertThat(merged).contains("<meta name=\"description\" content=\"Yenilenebilir projeler neden şebekeyi bekliyor?\">");
    }

    private List<String> texts() {
        return reader.extract(bytes(), DocumentFormat.HTML, "en").stream().map(ExtractedSegment::plainText).toList();
    }

    private static byte[] bytes() {
        return PAGE.getBytes(StandardCharsets.UTF_8);
    }
}
