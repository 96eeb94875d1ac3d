package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the XLIFF writers put in a file beyond what the round trip reads back: the layout a
 * desktop CAT tool shows, the languages on every source and target, the groups and units,
 * the original data of inline codes, the notes with their segment; and the reading side at
 * its edges (unit ids without a segment part, metadata of another tool, a file one byte
 * under or at the limit, the messages of unreadable files).
 */
class XliffWritingTest {

    private static String written(XliffVersion version) {
        return new String(XliffXml.write(version, XliffCodecTest.file("tr", version)), StandardCharsets.UTF_8);
    }

    @Test
    void xliff12OpensWithTheDeclarationAndOneElementPerLine() {
        String xml = written(XliffVersion.V1_2);
        assertThat(xml).startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tessera="urn:tessera:xliff:1">
                <file original="article.html" source-language="en" target-language="tr" datatype="x-tessera-segments" tessera:article="42">
                <body>
                <group id="tu1">
                <trans-unit id="tu1:0" xml:space="preserve" tessera:source-hash="hash-0" tessera:version="1" tessera:status="NEW">
                <source xml:lang="en">Grain corridor talks</source>
                <target xml:lang="tr" state="new"></target>
                <note>note 0</note>
                </trans-unit>
                </group>
                """);
        assertThat(xml).endsWith("</group>\n</body>\n</file>\n</xliff>\n");
    }

    @Test
    void xliff12GroupsTheSegmentsOfOneUnit() {
        XliffFile file = XliffCodecTest.file("tr", XliffVersion.V1_2);
        String xml = written(XliffVersion.V1_2);
        long units = file.segments().stream().map(XliffSegment::unitId).distinct().count();
        assertThat(units).isLessThan(file.segments().size());
        assertThat(xml.split("<group ", -1)).hasSize((int) units + 1);
        assertThat(xml.split("<trans-unit ", -1)).hasSize(file.segments().size() + 1);
        assertThat(xml).contains("""
                <group id="tu3">
                <trans-unit id="tu3:0\"""").contains("""
                </trans-unit>
                <trans-unit id="tu3:2\"""");
    }

    @Test
    void xliff20IsIndentedAndKeepsTheFileTheOriginalDataAndTheNotes() {
        String xml = written(XliffVersion.V2_0);
        assertThat(xml).contains("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tr">
                 <file id="article-42" original="article.html">
                """);
        assertThat(xml).contains("""
                   <notes>
                    <note category="s0">note 2</note>
                    <note category="s2">note 3</note>
                   </notes>
                   <originalData>
                    <data id="d1">[#$dp8]</data>
                    <data id="d2">&lt;/a></data>
                   </originalData>
                """);
        assertThat(xml).contains("""
                   <segment id="s2" state="initial" subState="tessera:NEW">
                    <source>Read <pc id="1" dataRefEnd="d2" dataRefStart="d1">the report</pc> now.</source>
                   </segment>
                """);
        assertThat(xml).endsWith(" </file>\n</xliff>\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void xliff12UnitIdsWithoutASegmentPart() {
        byte[] bytes = utf8("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="en" target-language="tr" datatype="plaintext"><body>
                <trans-unit id=":5"><source>A</source><target>B</target></trans-unit>
                <trans-unit id="plain"><source>C</source><target>D</target></trans-unit>
                </body></file></xliff>""");
        List<XliffUnit> units = XliffXml.read(bytes, bytes.length).units();
        assertThat(units).extracting(XliffUnit::key).containsExactly(":5", "plain:");
        assertThat(units.get(0).target()).isEqualTo("B");
    }

    @Test
    void xliff20MetadataOfAnotherToolNamesNoArticle() {
        byte[] bytes = utf8("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tr">
                 <file id="f1">
                  <mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">
                   <mda:metaGroup category="other"><mda:meta type="article">7</mda:meta></mda:metaGroup>
                  </mda:metadata>
                  <unit id="u1"><segment id="s0"><source>A</source><target>B</target></segment></unit>
                 </file>
                </xliff>""");
        XliffContent content = XliffXml.read(bytes, bytes.length);
        assertThat(content.articleId()).isNull();
        assertThat(content.units()).extracting(XliffUnit::target).containsExactly("B");
    }

    @Test
    void xliff20ValidationRefusesAnInvalidFile() {
        byte[] bytes = utf8("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
                 <file id="f1"><unit id="u1"><segment id="s0"><target>B</target></segment></unit></file>
                </xliff>""");
        assertThatThrownBy(() -> Xliff20Codec.validate(bytes))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED))
                .hasMessageStartingWith("The XLIFF file cannot be read: ");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() {
        byte[] bytes = XliffXml.write(XliffVersion.V1_2, XliffCodecTest.file("tr", XliffVersion.V1_2));
        assertThat(XliffXml.read(bytes, bytes.length).units()).isNotEmpty();
        assertThatThrownBy(() -> XliffXml.read(bytes, bytes.length - 1))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.TOO_LARGE))
                .hasMessage("The XLIFF file has " + bytes.length + " bytes; the limit is " + (bytes.length - 1));
    }

    @Test
    void anUnreadableFileNamesEachCauseOnceByItsFirstLine() {
        Exception e = new IllegalStateException("outer\nsecond line",
                new RuntimeException("The XLIFF file cannot be read",
                        new RuntimeException((String) null, new RuntimeException(" inner "))));
        DocumentException d = XliffXml.malformed(e);
        assertThat(d.kind()).isEqualTo(DocumentException.Kind.MALFORMED);
        assertThat(d).hasMessage("The XLIFF file cannot be read: outer: inner").hasCause(e);
        assertThat(XliffXml.malformed(new RuntimeException("outer", new RuntimeException("outer"))))
                .hasMessage("The XLIFF file cannot be read: outer");
        assertThat(XliffXml.malformed(new RuntimeException(""))).hasMessage("The XLIFF file cannot be read");
        DocumentException own = XliffXml.malformed("The file is not XLIFF 1.2");
        assertThat(XliffXml.malformed(own)).isSameAs(own);
    }

    @Test
    void versionsAreWholeNumbersOrNothing() {
        assertThat(XliffXml.version(" 7 ")).isEqualTo(7);
        assertThat(XliffXml.version("seven")).isNull();
        assertThat(XliffXml.version((String) null)).isNull();
    }
}
