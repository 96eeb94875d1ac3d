package dev.tessera.document;

import static dev.tessera.document.KnownDifference.ATTRIBUTE_ENTITIES;
import static dev.tessera.document.KnownDifference.ATTRIBUTE_QUOTES;
import static dev.tessera.document.KnownDifference.BLANK_LINE_INDENTATION;
import static dev.tessera.document.KnownDifference.CHARSET_DECLARATION;
import static dev.tessera.document.KnownDifference.MARKDOWN_CHARACTER_REFERENCES;
import static dev.tessera.document.KnownDifference.WHITESPACE_IN_TAGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merging with every target equal to its source gives the original back (or differs only in
 * the listed, documented ways); merging a pseudo-translation and extracting the result gives
 * the pseudo-translation back, codes included.
 */
class RoundTripTest {

    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    static Stream<Arguments> textDocuments() {
        return Stream.of(
                identical("article.html", DocumentFormat.HTML, "en"),
                identical("corpus/W3CHTMHLTest1.html", DocumentFormat.HTML, "en"),
                identical("corpus/BadTags_HTMLDog.htm", DocumentFormat.HTML, "en"),
                differing("corpus/324.html", DocumentFormat.HTML, "UTF-8", CHARSET_DECLARATION, ATTRIBUTE_QUOTES),
                differing("corpus/home_tagcloud_hell.html", DocumentFormat.HTML, "UTF-8", CHARSET_DECLARATION, ATTRIBUTE_QUOTES),
                differing("corpus/World_sWorstWebsite.htm", DocumentFormat.HTML, "windows-1252",
                        CHARSET_DECLARATION, ATTRIBUTE_QUOTES, WHITESPACE_IN_TAGS),
                differing("corpus/burlington_ufo_center.html", DocumentFormat.HTML, "ISO-8859-1",
                        CHARSET_DECLARATION, ATTRIBUTE_ENTITIES),
                differing("corpus/ugly_big.htm", DocumentFormat.HTML, "ISO-8859-1",
                        CHARSET_DECLARATION, ATTRIBUTE_ENTITIES),
                identical("makale.md", DocumentFormat.MARKDOWN, "tr"),
                identical("corpus/README.md", DocumentFormat.MARKDOWN, "en"),
                identical("corpus/sample_html_combo.md", DocumentFormat.MARKDOWN, "en"),
                differing("corpus/regressing_test_single_page.md", DocumentFormat.MARKDOWN, "UTF-8",
                        MARKDOWN_CHARACTER_REFERENCES),
                differing("corpus/space-test.md", DocumentFormat.MARKDOWN, "UTF-8", BLANK_LINE_INDENTATION),
                identical("statya.txt", DocumentFormat.PLAIN_TEXT, "ru"),
                identical("article.json", DocumentFormat.JSON, "en"));
    }

    static Stream<Arguments> xliffDocuments() {
        return Stream.of(
                Arguments.of("article.xlf", DocumentFormat.XLIFF_1_2),
                Arguments.of("article-2.xlf", DocumentFormat.XLIFF_2),
                Arguments.of("corpus/OnTramTest01.xlf", DocumentFormat.XLIFF_1_2),
                Arguments.of("corpus/Test_Context_and_PH.xlf", DocumentFormat.XLIFF_1_2),
                Arguments.of("corpus/segsource.xlf", DocumentFormat.XLIFF_1_2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textDocuments")
    void identityMergeGivesTheOriginalBack(String name, DocumentFormat format, String language,
                                           String originalCharset, Set<KnownDifference> differences) {
        byte[] original = TestDocuments.read(name);

        byte[] merged = mergeSourceAsTarget(original, format, language, language);

        if (differences.isEmpty()) {
            assertThat(new String(merged, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
            assertThat(merged).isEqualTo(original);
        } else {
            assertThat(merged).isNotEqualTo(original);
            String before = new String(original, Charset.forName(originalCharset));
            String after = new String(merged, StandardCharsets.UTF_8);
            assertThat(KnownDifference.normaliseAll(after, differences))
                    .isEqualTo(KnownDifference.normaliseAll(before, differences));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textDocuments")
    void pseudoTranslationSurvivesMergeAndReExtraction(String name, DocumentFormat format, String language) {
        assertPseudoTranslationRoundTrip(TestDocuments.read(name), format, language);
    }

    @Test
    void docxRoundTrips() {
        byte[] original = DocxFixture.article();

        byte[] identity = mergeSourceAsTarget(original, DocumentFormat.DOCX, "en", "tr");

        assertThat(notations(identity, DocumentFormat.DOCX)).isEqualTo(notations(original, DocumentFormat.DOCX));
        assertPseudoTranslationRoundTrip(original, DocumentFormat.DOCX, "en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xliffDocuments")
    void xliffGetsTargetsInTheTargetLanguage(String name, DocumentFormat format) {
        byte[] original = TestDocuments.read(name);
        List<ExtractedSegment> segments = reader.extract(original, format, "en");
        Map<SegmentKey, SegmentContent> pseudo = new HashMap<>();
        for (ExtractedSegment segment : segments) {
            pseudo.put(segment.key(), InlineNotation.parse(PseudoTranslation.of(segment.notation()), segment.content()));
        }

        byte[] merged = writer.merge(original, format, "en", "tr", key -> Optional.ofNullable(pseudo.get(key)));

        String output = new String(merged, StandardCharsets.UTF_8);
        assertThat(notations(merged, format)).isEqualTo(segments.stream().map(ExtractedSegment::notation).toList());
        assertThat(output).contains(format == DocumentFormat.XLIFF_2 ? "trgLang=\"tr\"" : "target-language=\"tr\"");
        for (ExtractedSegment segment : segments) {
            String longestRun = java.util.Arrays.stream(PseudoTranslation.of(segment.notation()).split("<[^>]*>"))
                    .map(String::strip).max(java.util.Comparator.comparingInt(String::length)).orElse("");
            String expected = InlineNotation.plainText(longestRun.substring(0, Math.min(20, longestRun.length())));
            assertThat(output).contains(expected.replace("&", "&amp;").replace("<", "&lt;"));
        }
    }

    @Test
    void mergeIntoAnotherLanguageSetsTheLanguageAttribute() {
        byte[] merged = mergeSourceAsTarget(TestDocuments.read("article.html"), DocumentFormat.HTML, "en", "tr");

        assertThat(new String(merged, StandardCharsets.UTF_8)).contains("<html lang=\"tr\">");
    }

    @Test
    void missingTranslationsKeepTheSourceText() {
        byte[] original = TestDocuments.read("article.html");

        byte[] draft = writer.merge(original, DocumentFormat.HTML, "en", "en", key -> Optional.empty());

        assertThat(draft).isEqualTo(original);
    }

    @Test
    void frontMatterOnlyMarkdownHasNothingToTranslate() {
        assertThatThrownBy(() -> reader.extract(TestDocuments.read("corpus/complex_frontmatter.md"), DocumentFormat.MARKDOWN, "en"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.NOTHING_TO_TRANSLATE));
    }

    private void assertPseudoTranslationRoundTrip(byte[] original, DocumentFormat format, String language) {
        List<ExtractedSegment> segments = reader.extract(original, format, language);
        Map<SegmentKey, SegmentContent> targets = new HashMap<>();
        for (ExtractedSegment segment : segments) {
            targets.put(segment.key(), InlineNotation.parse(PseudoTranslation.of(segment.notation()), segment.content()));
        }

        byte[] merged = writer.merge(original, format, language, "tr", key -> Optional.ofNullable(targets.get(key)));

        List<ExtractedSegment> again = reader.extract(merged, format, language);
        assertThat(again).hasSameSizeAs(segments);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(again.get(i).notation()).as("segment %d", i).isEqualTo(PseudoTranslation.of(segments.get(i).notation()));
            assertThat(again.get(i).content().codes()).as("codes of segment %d", i).isEqualTo(segments.get(i).content().codes());
        }
    }

    private byte[] mergeSourceAsTarget(byte[] original, DocumentFormat format, String source, String target) {
        Map<SegmentKey, SegmentContent> same = new HashMap<>();
        reader.extract(original, format, source, segment -> same.put(segment.key(), segment.content()));
        return writer.merge(original, format, source, target, key -> Optional.ofNullable(same.get(key)));
    }

    private List<String> notations(byte[] document, DocumentFormat format) {
        return reader.extract(document, format, "en").stream().map(ExtractedSegment::notation).toList();
    }

    private static Arguments identical(String name, DocumentFormat format, String language) {
        return Arguments.of(name, format, language, "UTF-8", EnumSet.noneOf(KnownDifference.class));
    }

    private static Arguments differing(String name, DocumentFormat format, String charset, KnownDifference... differences) {
        return Arguments.of(name, format, "en", charset, EnumSet.copyOf(List.of(differences)));
    }
}
