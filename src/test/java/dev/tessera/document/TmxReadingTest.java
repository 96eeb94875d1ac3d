package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TMX reader without the service: the source language rule, each structural refusal alone
 * (with its line), and what the units hold, tags and several targets included.
 */
class TmxReadingTest {

    private static byte[] tmx(String header, String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n" + header + "\n<body>\n" + body
                + "</body>\n</tmx>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String header(String srclang) {
        return "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\""
                + (srclang == null ? "" : " srclang=\"" + srclang + "\"") + " datatype=\"plaintext\"/>";
    }

    private static final String UNIT = "<tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv>"
            + "<tuv xml:lang=\"tr\"><seg>Merhaba</seg></tuv></tu>\n";

    /** Refused as MALFORMED with this message; {@code #} stands for the column number the parser reports. */
    private static void refused(byte[] file, String message) {
        String pattern = "\\QThe TMX file is malformed: " + message.replace("#", "\\E\\d+\\Q") + "\\E";
        assertThatThrownBy(() -> TmxReading.check(file, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED))
                .hasMessageMatching(pattern);
    }

    @Test
    void theSourceLanguageIsTheHeadersOrElseTheOneNamed() {
        assertThat(TmxReading.check(tmx(header("ru"), UNIT), "en")).isEqualTo("ru");
        assertThat(TmxReading.check(tmx(header("ru"), UNIT), null)).isEqualTo("ru");
        assertThat(TmxReading.check(tmx(header(null), UNIT), "en")).isEqualTo("en");
        assertThat(TmxReading.check(tmx(header("*all*"), UNIT), "en")).isEqualTo("en");
        assertThat(TmxReading.check(tmx(header("*ALL*"), UNIT), "tr")).isEqualTo("tr");
        assertThat(TmxReading.check(tmx(header(" "), UNIT), "en")).isEqualTo("en");
    }

    @Test
    void withNoSourceLanguageAnywhereTheFileIsRefused() {
        for (String named : new String[] {null, "", " "}) {
            assertThatThrownBy(() -> TmxReading.check(tmx(header(null), UNIT), named))
                    .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED))
                    .hasMessageContaining("declares no srclang");
        }
        assertThatThrownBy(() -> TmxReading.check(tmx(header("*all*"), UNIT), null)).hasMessageContaining("declares no srclang");
    }

    @Test
    void eachStructuralFaultIsRefusedAloneWithItsLine() {
        refused("<xliff version=\"1.2\"/>".getBytes(StandardCharsets.UTF_8), "line 1, column #: the root element is <xliff>, not <tmx>");
        refused("<tmx version=\"1.4\"><body/>\n<header srclang=\"en\"/></tmx>".getBytes(StandardCharsets.UTF_8),
                "line 1, column #: <body> comes before any <header>");
        refused(tmx(header("en"), UNIT + "<tu><tuv><seg>Hi</seg></tuv></tu>\n"), "line 6, column #: <tuv> without xml:lang");
        refused(tmx(header("en"), UNIT + "<tu><tuv xml:lang=\" \"><seg>Hi</seg></tuv></tu>\n"),
                "line 6, column #: <tuv> without xml:lang");
        refused(tmx(header("en"), UNIT + "<tu><tuv xml:lang=\"en\"></tuv></tu>\n"),
                "line 6, column #: <tuv> must hold exactly one <seg>, this one holds 0");
        refused(tmx(header("en"), UNIT + "<tu><tuv xml:lang=\"en\"><seg>a</seg><seg>b</seg></tuv></tu>\n"),
                "line 6, column #: <tuv> must hold exactly one <seg>, this one holds 2");
        refused(tmx(header("en"), UNIT + "\n<tu>\n</tu>\n"), "line 7: <tu> without any <tuv>");
        refused("<tmx version=\"1.4\"><header srclang=\"en\"/></tmx>".getBytes(StandardCharsets.UTF_8), "the file has no <body>");
    }

    @Test
    void brokenXmlIsRefusedWithTheParsersReason() {
        assertThatThrownBy(() -> TmxReading.check(tmx(header("en"), "<tu><tuv xml:lang=\"en\"><seg>Three</tuv></tu>\n"), "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED))
                .hasMessageStartingWith("The TMX file is malformed: line 5, column ")
                .hasMessageNotContaining("ParseError")
                .hasMessageContaining("seg")
                .hasMessageNotContaining("not well-formed XML");
    }

    @Test
    void theOldLangAttributeIsALanguageToo() {
        byte[] file = tmx(header("en"), "<tu><tuv lang=\"en\"><seg>Hi</seg></tuv><tuv lang=\"tr\"><seg>Selam</seg></tuv></tu>\n");
        assertThat(TmxReading.check(file, null)).isEqualTo("en");
    }

    @Test
    void aDeclarationIsRefusedBeforeParsing() {
        byte[] file = ("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x \"y\">]><tmx version=\"1.4\">" + header("en")
                + "<body>" + UNIT + "</body></tmx>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TmxReading.check(file, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML));
    }

    @Test
    void ebcdicWhereTheByteScanCouldNotSeeADtdIsRefusedBeforeParsing() {
        // EBCDIC: '<' is 0x4C, so the bytes hold no "<!DOCTYPE" for the scan to find; the encoding itself is refused
        Charset ebcdic = Charset.forName("IBM037");
        byte[] file = ("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<!DOCTYPE tmx>\n<tmx version=\"1.4\">" + header("en")
                + "<body>" + UNIT + "</body></tmx>").getBytes(ebcdic);
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("<!DOCTYPE");
        assertThatThrownBy(() -> TmxReading.check(file, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.UNSAFE_XML);
                    assertThat(e.getMessage()).contains("EBCDIC");
                });
    }

    @Test
    void unitsHoldTheirSourceAndEveryTargetInTheNotation() {
        byte[] file = tmx(header("en"), "<tu><tuv xml:lang=\"en\"><seg>The <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>bank<ept i=\"1\">&lt;/b&gt;</ept>"
                + " &lt; rose<ph x=\"2\"/></seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg><bpt i=\"1\" x=\"1\"/>Banka<ept i=\"1\"/> yükseldi<ph x=\"2\"/></seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Банк вырос</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg> </seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg> </seg></tuv><tuv xml:lang=\"tr\"><seg>Boş</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Alone</seg></tuv></tu>\n");
        List<TmxUnit> units = TmxReading.units(file, TmxReading.check(file, null));
        assertThat(units).hasSize(2);
        TmxUnit first = units.get(0);
        assertThat(first.source()).isEqualTo("The <1>bank</1> \\< rose<2/>");
        assertThat(first.targets()).isEqualTo(Map.of("tr", "<1>Banka</1> yükseldi<2/>", "ru", "Банк вырос"));
        assertThat(first.line()).isEqualTo(1); // the first <tu>; the second has no source and is left out
        assertThat(units.get(1).source()).isEqualTo("Alone");
        assertThat(units.get(1).targets()).isEmpty();
        assertThat(units.get(1).line()).isEqualTo(3);
    }

    @Test
    void whatTmxWritingWritesIsReadBackTheSame() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriting writing = TmxWriting.start(out, "en", "tr", "Tessera", "1")) {
            writing.add("1", Instant.parse("2019-03-04T05:06:07.890Z"), "The <1>bank</1> rose<2/>, then<e3/>",
                    "<1>Banka</1> yükseldi<2/>, sonra<e3/>", Map.of("x-a", "b"));
            writing.add("2", Instant.parse("2024-12-31T23:59:59Z"), "Plain", "Düz", Map.of());
        }
        byte[] file = out.toByteArray();
        List<TmxUnit> units = TmxReading.units(file, TmxReading.check(file, null));
        assertThat(units).extracting(TmxUnit::source).containsExactly("The <1>bank</1> rose<2/>, then<e3/>", "Plain");
        assertThat(units).extracting(u -> u.targets().get("tr"))
                .containsExactly("<1>Banka</1> yükseldi<2/>, sonra<e3/>", "Düz");
        // the unit's creation date, to the second (TMX dates have no fractions)
        assertThat(units).extracting(u -> u.created().get("tr"))
                .containsExactly(Instant.parse("2019-03-04T05:06:07Z"), Instant.parse("2024-12-31T23:59:59Z"));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<prop type=\"x-a\">b</prop>")
                .contains("<tu tuid=\"1\" creationdate=\"20190304T050607Z\">\n<prop type=\"x-a\">");
    }

    @Test
    void aTargetsOwnDateComesBeforeItsUnitsAndNoDateIsNone() {
        byte[] file = tmx(header("en"), "<tu creationdate=\"20190304T050607Z\"><tuv xml:lang=\"en\"><seg>One</seg></tuv>"
                + "<tuv xml:lang=\"tr\" creationdate=\"20200102T030405Z\"><seg>Bir</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Один</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Two</seg></tuv><tuv xml:lang=\"tr\" creationdate=\" \"><seg>İki</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Three</seg></tuv>"
                + "<tuv xml:lang=\"tr\" creationdate=\"20210101T000000Z\"><seg>Üç</seg></tuv></tu>\n");
        List<TmxUnit> units = TmxReading.units(file, "en");
        assertThat(units.get(0).created()).isEqualTo(Map.of("tr", Instant.parse("2020-01-02T03:04:05Z"),
                "ru", Instant.parse("2019-03-04T05:06:07Z")));
        assertThat(units.get(1).created()).isEmpty();
        assertThat(units.get(1).targets()).isEqualTo(Map.of("tr", "İki"));
        assertThat(units.get(2).created()).isEqualTo(Map.of("tr", Instant.parse("2021-01-01T00:00:00Z")));
    }

    @Test
    void aDateThatIsNotATmxDateNamesItsUnit() {
        byte[] file = tmx(header("en"), UNIT + "<tu><tuv xml:lang=\"en\"><seg>Two</seg></tuv>"
                + "<tuv xml:lang=\"tr\" creationdate=\"yesterday\"><seg>İki</seg></tuv></tu>\n");
        assertThatThrownBy(() -> TmxReading.units(file, "en"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.MALFORMED))
                .hasMessage("Unit 2: creationdate 'yesterday' is not a TMX date (YYYYMMDDThhmmssZ)");
    }
}
