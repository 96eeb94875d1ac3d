package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Both XLIFF versions written and read back through Okapi: every segment comes back under its
 * key with the same target notation (inline codes included), state, status, hash and version;
 * Turkish and Russian letters survive byte for byte; 2.0 passes Okapi's validation.
 */
class XliffCodecTest {

    static final String TURKISH = "İstanbul'da ılık bir gün: IĞDIR, ığdır, İi Iı.";
    static final String RUSSIAN = "Ёлка и ёж: ЁЖИК, всё ещё.";

    /** The test article's segments, each target a copy of its source with a Turkish or Russian prefix. */
    static XliffFile file(String targetLang) {
        return file(targetLang, XliffVersion.V1_2);
    }

    static XliffFile file(String targetLang, XliffVersion version) {
        String initial = version == XliffVersion.V1_2 ? "new" : "initial";
        List<ExtractedSegment> extracted = new DocumentReader().extract(TestDocuments.read("article.html"),
                DocumentFormat.HTML, "en");
        List<XliffSegment> segments = new ArrayList<>();
        for (ExtractedSegment s : extracted) {
            String target = s.position() % 3 == 0 ? null
                    : (targetLang.equals("tr") ? TURKISH : RUSSIAN) + " " + s.notation();
            segments.add(new XliffSegment(s.textUnitId(), s.segmentId(), s.content(), target,
                    target == null ? initial : "translated", target == null ? "NEW" : "TRANSLATED",
                    "hash-" + s.position(), s.position() + 1, List.of("note " + s.position())));
        }
        return new XliffFile(42, "article.html", "en", targetLang, segments);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void segmentsComeBackWithTargetsCodesAndMetadata(XliffVersion version) {
        XliffFile file = file("tr", version);
        byte[] bytes = XliffXml.write(version, file);
        XliffContent read = XliffXml.read(bytes, 1 << 20);
        assertThat(read.version()).isEqualTo(version);
        assertThat(read.articleId()).isEqualTo(42L);
        assertThat(read.sourceLang()).isEqualTo("en");
        assertThat(read.targetLang()).isEqualTo("tr");
        assertThat(read.units()).hasSameSizeAs(file.segments());
        for (int i = 0; i < file.segments().size(); i++) {
            XliffSegment out = file.segments().get(i);
            XliffUnit in = read.units().get(i);
            assertThat(in.key()).isEqualTo(out.unitId() + ":" + out.segmentId());
            assertThat(in.target() == null || in.target().isEmpty() ? null : in.target()).isEqualTo(out.target());
            assertThat(in.tagProblems()).isEmpty();
            assertThat(in.sourceHash()).isEqualTo(out.sourceHash());
            assertThat(in.version()).isEqualTo(out.version());
            assertThat(in.status()).isEqualTo(out.status());
            assertThat(in.state()).isEqualTo(out.state());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void turkishAndRussianSurviveByteForByte(XliffVersion version) {
        for (String lang : List.of("tr", "ru")) {
            XliffContent read = XliffXml.read(XliffXml.write(version, file(lang, version)), 1 << 20);
            String letters = lang.equals("tr") ? TURKISH : RUSSIAN;
            assertThat(read.units().get(1).target()).startsWith(letters);
            assertThat(read.units().get(1).target().getBytes(StandardCharsets.UTF_8))
                    .startsWith(letters.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void declarationsAreRefusedBeforeAnyParser() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file>&e;</file></xliff>";
        assertThatThrownBy(() -> XliffXml.read(xxe.getBytes(StandardCharsets.UTF_8), 1 << 20))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML));
    }

    @Test
    void somethingElseIsMalformed() {
        assertThatThrownBy(() -> XliffXml.read("<html/>".getBytes(StandardCharsets.UTF_8), 1 << 20))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED));
        assertThatThrownBy(() -> XliffXml.read("<xliff version=\"1.2\"".getBytes(StandardCharsets.UTF_8), 1 << 20))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED));
    }
}
