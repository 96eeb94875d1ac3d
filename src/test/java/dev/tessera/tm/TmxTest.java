package dev.tessera.tm;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.memory.MemoryEntries;
import dev.tessera.memory.NewEntry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * TMX through the API: an export imported into an emptied memory gives the same entries back;
 * a broken or unsafe file is refused with its line and reason and leaves the memory as it was;
 * every guard of the import answers with its own code.
 */
@QuarkusTest
class TmxTest {

    @Inject
    MemoryEntries entries;

    @Inject
    AgroalDataSource dataSource;

    private List<String> pairs(String sourceLang, String targetLang) {
        List<String> pairs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source || ' => ' || target FROM memory_entry WHERE source_lang = '"
                     + sourceLang + "' AND target_lang = '" + targetLang + "' ORDER BY 1")) {
            while (rs.next()) {
                pairs.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pairs;
    }

    private long entryCount() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM memory_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath importTmx(String tmx, int status) {
        return asAdmin().multiPart("file", "m.tmx", tmx.getBytes(StandardCharsets.UTF_8), "application/x-tmx+xml")
                .post("/api/memory/tmx").then().statusCode(status).extract().jsonPath();
    }

    private static String tmx(String srclang, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en\" srclang=\"" + srclang + "\" datatype=\"plaintext\"/>\n<body>\n" + body + "</body>\n</tmx>\n";
    }

    private static String tu(String source, String targetLang, String target) {
        return "<tu><tuv xml:lang=\"en-US\"><seg>" + source + "</seg></tuv><tuv xml:lang=\"" + targetLang + "\"><seg>"
                + target + "</seg></tuv></tu>\n";
    }

    @Test
    void anExportImportedIntoAnEmptiedMemoryGivesTheSameEntries() {
        String w = "t" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            entries.remember(NewEntry.approved("ru", "en", "Банк " + w + " <1>повысил</1> ставку<2/>.",
                    "The bank " + w + " <1>raised</1> its rate<2/>.", null, null, 1, 1, 1, null));
            entries.remember(NewEntry.approved("ru", "en", "Цена <b3/>нефти " + w + "<e4/> & \"газа\" \\< 5.",
                    "Oil <b3/>price " + w + "<e4/> & \"gas\" \\< 5.", null, null, 1, 2, 1, null));
            entries.remember(NewEntry.approved("ru", "en", "Простое предложение " + w + ".", "A plain sentence " + w + ".",
                    null, null, 1, 3, 1, null));
        });
        List<String> before = pairs("ru", "en");
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        String plainSource = "Простое предложение " + w + ".";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE memory_entry SET created_at = '2018-05-06 07:08:09+00' WHERE source = '"
                    + plainSource + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        byte[] exported = asAdmin().get("/api/memory/tmx?sourceLang=ru&targetLang=en").then().statusCode(200)
                .contentType("application/x-tmx+xml").header("Content-Disposition", containsString("tessera-ru-en.tmx"))
                .extract().asByteArray();
        String file = new String(exported, StandardCharsets.UTF_8);
        assertThat(file).contains("<tmx version=\"1.4\">").contains("srclang=\"ru\"").contains("<bpt x=\"1\" i=\"1\"");
        // Each unit carries its entry's id and origin.
        assertThat(file).containsPattern("tuid=\"tessera-\\d+\"")
                .contains("<prop type=\"x-tessera-article\">1</prop>")
                .containsPattern("<prop type=\"x-tessera-origin\">\\w+</prop>");
        // ... and its creation time, in TMX's own format.
        assertThat(file).containsPattern("<tu tuid=\"tessera-\\d+\" creationdate=\"20180506T070809Z\">")
                .doesNotContainPattern("<tu tuid=\"tessera-\\d+\">");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM memory_entry WHERE source_lang = 'ru' AND target_lang = 'en'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(pairs("ru", "en")).isEmpty();

        JsonPath imported = importTmx(file, 200);
        assertThat(imported.getInt("added")).isEqualTo(before.size());
        assertThat(imported.getInt("known")).isZero();
        assertThat(pairs("ru", "en")).isEqualTo(before);
        assertThat(createdAt(plainSource, "A plain sentence " + w + ".")).isEqualTo("2018-05-06 07:08:09");
        // The same file again adds nothing.
        assertThat(importTmx(file, 200).getInt("known")).isEqualTo(before.size());
    }

    @Test
    void targetsAreMatchedToTesseraLanguagesAndOthersLeftOut() {
        String w = "t" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath imported = importTmx(tmx("en-US", tu("Good morning " + w + ".", "tr-TR", "Günaydın " + w + ".")
                + tu("<bpt i=\"1\">&lt;b></bpt>Bold " + w + "<ept i=\"1\">&lt;/b></ept> text.", "ru", "<bpt i=\"1\">&lt;b></bpt>Жирный "
                + w + "<ept i=\"1\">&lt;/b></ept> текст.") + tu("Hallo " + w + ".", "de-DE", "Hallo " + w + ".")), 200);
        assertThat(imported.getInt("units")).isEqualTo(3);
        assertThat(imported.getInt("added")).isEqualTo(2);
        assertThat(imported.getList("languagesLeftOut")).containsExactly("de-DE");
        assertThat(pairs("en", "ru")).contains("<1>Bold " + w + "</1> text. => <1>Жирный " + w + "</1> текст.");
        asAdmin().get("/api/memory/suggest?sourceLang=en&targetLang=tr&text=Good morning " + w + ".")
                .then().statusCode(200).body("[0].score", equalTo(100)).body("[0].origin.type", equalTo("tmx"));
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndTheMemoryStaysAsItWas() {
        String w = "t" + UUID.randomUUID().toString().substring(0, 8);
        long before = entryCount();
        // Valid units first, then a unit whose <seg> is never closed (line 7).
        String broken = tmx("en", tu("One " + w + ".", "tr", "Bir.") + tu("Two " + w + ".", "tr", "İki.")
                + "<tu><tuv xml:lang=\"en\"><seg>Three</tuv></tu>\n");
        JsonPath refused = importTmx(broken, 422);
        assertThat(refused.getString("code")).isEqualTo("MALFORMED_DOCUMENT");
        assertThat(refused.getString("detail")).contains("line 7");
        assertThat(entryCount()).isEqualTo(before);

        // Well-formed XML, but a <tuv> without its <seg> (line 6): refused before anything is written.
        JsonPath empty = importTmx(tmx("en", tu("One " + w + ".", "tr", "Bir.")
                + "<tu><tuv xml:lang=\"en\"><seg>Alone " + w + "</seg></tuv><tuv xml:lang=\"tr\"></tuv></tu>\n"), 422);
        assertThat(empty.getString("code")).isEqualTo("MALFORMED_DOCUMENT");
        assertThat(empty.getString("detail")).contains("line 6").contains("<seg>");
        assertThat(entryCount()).isEqualTo(before);
    }

    @Test
    void eachGuardOfTheImportAnswersWithItsCode() {
        long before = entryCount();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>x</seg></tuv></tu></body></tmx>";
        assertThat(importTmx(xxe, 422).getString("code")).isEqualTo("UNSAFE_XML");
        assertThat(importTmx(tmx("de", tu("Hallo.", "tr", "Merhaba.")), 400).getString("code"))
                .isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(importTmx("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>Hi</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>Selam</seg></tuv></tu></body></tmx>", 422).getString("detail"))
                .contains("srclang");
        assertThat(importTmx("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv><seg>Hi</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>Selam</seg></tuv></tu></body></tmx>", 422).getString("detail"))
                .contains("xml:lang");
        assertThat(importTmx("<xliff version=\"1.2\"/>", 422).getString("detail")).contains("<tmx>");
        asAdmin().multiPart("sourceLang", "en").post("/api/memory/tmx").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().get("/api/memory/tmx?sourceLang=en&targetLang=en").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        assertThat(entryCount()).isEqualTo(before);
    }

    private String createdAt(String source, String target) {
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM memory_entry"
                        + " WHERE source = ? AND target = ?")) {
            s.setString(1, source);
            s.setString(2, target);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void creationDatesComeFromTheTargetElseTheUnitAndARepeatedPairKeepsTheOldest() {
        String w = "t" + UUID.randomUUID().toString().substring(0, 8);
        String file = tmx("en", "<tu creationdate=\"20190304T050607Z\"><tuv xml:lang=\"en\"><seg>Unit date " + w
                + ".</seg></tuv><tuv xml:lang=\"tr\"><seg>Birim " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"ru\" creationdate=\"20210102T030405Z\"><seg>Дата " + w + ".</seg></tuv></tu>\n"
                // the same pair twice: the newer first in the file, the older kept
                + "<tu creationdate=\"20230101T000000Z\"><tuv xml:lang=\"en\"><seg>Twice " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>İki kez " + w + ".</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Twice " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"tr\" creationdate=\"20150607T080910Z\"><seg>İki kez " + w + ".</seg></tuv></tu>\n");
        JsonPath imported = importTmx(file, 200);
        assertThat(imported.getInt("added")).isEqualTo(3);
        assertThat(imported.getInt("known")).isEqualTo(1);
        assertThat(createdAt("Unit date " + w + ".", "Birim " + w + ".")).isEqualTo("2019-03-04 05:06:07");
        assertThat(createdAt("Unit date " + w + ".", "Дата " + w + ".")).isEqualTo("2021-01-02 03:04:05");
        assertThat(createdAt("Twice " + w + ".", "İki kez " + w + ".")).isEqualTo("2015-06-07 08:09:10");

        // A pair the memory holds keeps its dates, whatever a later file says.
        importTmx(tmx("en", "<tu creationdate=\"20000101T000000Z\"><tuv xml:lang=\"en\"><seg>Twice " + w
                + ".</seg></tuv><tuv xml:lang=\"tr\"><seg>İki kez " + w + ".</seg></tuv></tu>\n"), 200);
        assertThat(createdAt("Twice " + w + ".", "İki kez " + w + ".")).isEqualTo("2015-06-07 08:09:10");
    }

    @Test
    void aCreationDateThatIsNoTmxDateRefusesTheFile() {
        String w = "t" + UUID.randomUUID().toString().substring(0, 8);
        long before = entryCount();
        JsonPath refused = importTmx(tmx("en", "<tu><tuv xml:lang=\"en\"><seg>Fine " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>İyi.</seg></tuv></tu>\n"
                + "<tu creationdate=\"2019-03-04\"><tuv xml:lang=\"en\"><seg>Bad date " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>Kötü.</seg></tuv></tu>\n"), 422);
        assertThat(refused.getString("code")).isEqualTo("MALFORMED_DOCUMENT");
        assertThat(refused.getString("detail")).contains("Unit 2").contains("creationdate");
        assertThat(entryCount()).isEqualTo(before);
    }
}
