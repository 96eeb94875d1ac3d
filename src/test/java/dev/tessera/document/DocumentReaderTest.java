package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private List<String> notations(byte[] bytes, DocumentFormat format, String language) {
        return reader.extract(bytes, format, language).stream().map(ExtractedSegment::notation).toList();
    }

    @Test
    void htmlGivesSentencesWithInlineCodesAndTranslatableAttributes() {
        List<String> notations = notations(TestDocuments.read("article.html"), DocumentFormat.HTML, "en");

        assertThat(notations).containsExactly(
                "Grain corridor talks",
                "Why the grain corridor matters",
                "Shipping insurers raised their premiums again in March.",
                "Read <1>the report</1> now.",
                "The agreement is <1>fragile</1>, and <2>nobody</2> expects it to last.<3><4>1</4></3>",
                "Ports in Odesa & Izmail reopened on 3 May.", // references are shown as characters (HtmlEntities)
                "Wheat exports rose by 12%.",
                "Maize exports fell.",
                "Map of the Black Sea routes",
                "Routes",
                "<1/> Analysts disagree.",
                "1. Figures from the port authority.");
        assertThat(String.join(" ", notations)).doesNotContain("Reuters", "Do not translate", "margin");
    }

    @Test
    void segmentsCarryPositionIdsPlainTextAndWordCount() {
        List<ExtractedSegment> segments = reader.extract(TestDocuments.read("article.html"), DocumentFormat.HTML, "en");

        ExtractedSegment read = segments.get(3);
        assertThat(read.position()).isEqualTo(3);
        assertThat(read.key()).isEqualTo(new SegmentKey("tu3", "2"));
        assertThat(read.plainText()).isEqualTo("Read the report now.");
        assertThat(read.wordCount()).isEqualTo(4);
        assertThat(InlineNotation.render(read.content())).isEqualTo(read.notation());
        assertThat(segments.get(5).plainText()).isEqualTo("Ports in Odesa & Izmail reopened on 3 May.");
        assertThat(segments).extracting(ExtractedSegment::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void turkishMarkdownLeavesCodeAndFrontMatterOut() {
        List<ExtractedSegment> segments = reader.extract(TestDocuments.read("makale.md"), DocumentFormat.MARKDOWN, "tr");

        assertThat(segments).extracting(ExtractedSegment::notation).contains(
                "Tahıl koridoru neden önemli",
                "<1>Raporu</1> şimdi okuyun.",
                "Anlaşma <1>kırılgan</1> ve <2>kimse</2> uzun sürmesini beklemiyor.<3>^1</3>",
                "Buğday ihracatı yüzde 12 arttı.",
                "Komut <1/> çevrilmez.");
        assertThat(segments).extracting(ExtractedSegment::plainText)
                .noneMatch(text -> text.contains("kod bloğu") || text.contains("git status") || text.contains("Ayşe"));
        ExtractedSegment ankara = segments.stream().filter(s -> s.plainText().contains("Ankara'da")).findFirst().orElseThrow();
        assertThat(ankara.wordCount()).isEqualTo(3); // "Ankara'da", "görüşmeler", "sürüyor"
    }

    @Test
    void russianPlainTextSplitsParagraphsAndSentences() {
        List<String> notations = notations(TestDocuments.read("statya.txt"), DocumentFormat.PLAIN_TEXT, "ru");

        assertThat(notations).containsExactly(
                "Почему зерновой коридор важен",
                "Страховщики снова подняли премии в марте.",
                "Порты Одессы и Измаила открылись 3 мая.",
                "Соглашение хрупкое, и никто не ждёт, что оно продержится долго.");
    }

    @Test
    void jsonGivesStringValuesNotKeysNumbersOrBooleans() {
        List<String> notations = notations(TestDocuments.read("article.json"), DocumentFormat.JSON, "en");

        assertThat(notations).contains("Why the grain corridor matters", "Ports reopened on 3 May.", "Black Sea")
                .doesNotContain("title", "body", "true", "42");
    }

    @Test
    void xliffKeepsItsCodes() {
        assertThat(notations(TestDocuments.read("article.xlf"), DocumentFormat.XLIFF_1_2, "en")).containsExactly(
                "Why the grain corridor matters",
                "Shipping insurers raised their premiums again.",
                "Read <1>the report</1> now.",
                "The agreement is fragile.<2/>");
    }

    @Test
    void xliff2SegmentsAreKeptAsTheFileSegmentsThem() {
        assertThat(notations(TestDocuments.read("article-2.xlf"), DocumentFormat.XLIFF_2, "en")).containsExactly(
                "Why the grain corridor matters",
                "Shipping insurers raised their premiums again. Read <1>the report</1> now.");
    }

    @Test
    void docxGivesTheBoldRunAsAPair() {
        List<ExtractedSegment> segments = reader.extract(DocxFixture.article(), DocumentFormat.DOCX, "en");

        assertThat(segments).extracting(ExtractedSegment::notation).containsExactly(
                "Why the grain corridor matters",
                "Shipping insurers raised their premiums again.",
                "Read <1>the report</1> now.",
                "Ankara'da görüşmeler sürüyor.");
        assertThat(segments.get(2).textUnitId()).endsWith("tu2");
    }

    @Test
    void streamingAndListFormsAgree() {
        byte[] html = TestDocuments.read("article.html");
        List<ExtractedSegment> streamed = new java.util.ArrayList<>();
        reader.extract(html, DocumentFormat.HTML, "en", streamed::add);

        assertThat(streamed).isEqualTo(reader.extract(html, DocumentFormat.HTML, "en"));
    }

    @Test
    void storedFormHasNoNulAndRoundTripsThroughTheNotation() {
        for (ExtractedSegment segment : reader.extract(TestDocuments.read("corpus/W3CHTMHLTest1.html"), DocumentFormat.HTML, "en")) {
            assertThat(segment.content().codedText()).doesNotContain("\0");
            assertThat(segment.content().codes()).doesNotContain("\0");
            assertThat(InlineNotation.parse(segment.notation(), segment.content())).isEqualTo(segment.content());
        }
    }
}
