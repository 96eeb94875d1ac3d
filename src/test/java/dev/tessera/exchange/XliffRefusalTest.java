package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.RowCounts;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files refused as a whole leave every row as it was, each with its own code: XXE, billion
 * laughs, malformed XML, another article, another language, a user outside the language, a
 * file over the limit. Inline codes broken in one unit refuse only that unit.
 */
@QuarkusTest
class XliffRefusalTest {

    @Inject
    AgroalDataSource dataSource;

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(RowCounts.of(dataSource));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(version), 0) FROM translation_history h"
                     + " JOIN translation t ON t.id = h.translation_id")) {
            rs.next();
            counts.put("history", rs.getLong(1));
            counts.put("versions", rs.getLong(2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private void refused(Account who, long article, byte[] bytes, int status, String code) {
        Map<String, Long> before = counts();
        XliffFiles.upload(who, article, bytes).then().statusCode(status)
                .contentType("application/problem+json").body("code", equalTo(code));
        assertThat(counts()).isEqualTo(before);
    }

    /** A valid translated file whose head is replaced by {@code prolog} (a DTD). */
    private static byte[] withProlog(byte[] file, String prolog) {
        String text = new String(file, StandardCharsets.UTF_8);
        return text.replaceFirst("<\\?xml[^>]*>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void externalEntitiesAndBillionLaughsAreRefusedWithNothingApplied() {
        long article = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] translated = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2"))
                .translate(0, "Çeviri.", "translated").bytes();
        refused(translator, article, withProlog(translated,
                "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"), 422, "UNSAFE_XML");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        refused(translator, article, withProlog(translated, laughs.append("]>").toString()), 422, "UNSAFE_XML");
    }

    @Test
    void filesRefusedAsAWholeLeaveEverythingAsItWas() {
        long article = Work.article(2, "tr,ru", 0);
        long other = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        XliffFiles file = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2")).translate(0, "Bir.", "translated");
        refused(translator, other, file.bytes(), 422, "WRONG_ARTICLE");
        refused(translator, article, "<xliff version=\"1.2\"><file>".getBytes(StandardCharsets.UTF_8), 422,
                "MALFORMED_DOCUMENT");
        refused(translator, article, XliffFiles.of(file.bytes()).fileAttribute("target-language", "de").bytes(), 422,
                "WRONG_LANGUAGE");
        Account russian = Fixtures.user("translator", "ru");
        refused(russian, article, file.bytes(), 403, "NOT_IN_LANGUAGE");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        refused(translator, article, huge, 413, "DOCUMENT_TOO_LARGE");
    }

    @Test
    void brokenInlineCodesAreRefusedPerUnit() {
        long article = Fixtures.asAdmin().multiPart("file", "codes.html", ("<html><body>"
                        + "<p>The <b>first</b> one.</p><p>The <b>second</b> one.</p><p>The <b>third</b> one.</p>"
                        + "<p>The <b>fourth</b> one.</p></body></html>").getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "en").multiPart("targetLangs", "tr")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        Account translator = Fixtures.user("translator", "tr");
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2"))
                .translate(0, "Birinci <g id=\"1\">kalın</g>.", "translated")
                .translate(1, "İkinci kalın.", "translated")
                .translate(2, "Üçüncü <g id=\"1\">kalın</g> <g id=\"1\">iki kez</g>.", "translated")
                .translate(3, "Dördüncü <g id=\"1\">kalın</g><x id=\"99\"/>.", "translated").bytes();
        XliffFiles.upload(translator, article, edited).then().statusCode(200)
                .body("applied", equalTo(1)).body("refused", equalTo(3))
                .body("units.findAll { it.outcome == 'REFUSED' }.reason.unique()", equalTo(java.util.List.of("INLINE_CODES")));
    }
}
