package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Who may export what, each guard with its own code; and units a file cannot place or verify. */
@QuarkusTest
class XliffExportTest {

    @Test
    void exportGuards() {
        long article = Work.article(3, "tr", 0);
        Account russian = Fixtures.user("translator", "ru");
        Account turkish = Fixtures.user("translator", "tr");
        String path = "/api/articles/" + article + "/xliff";
        russian.request().get(path + "?lang=tr").then().statusCode(403).body("code", equalTo("NOT_IN_LANGUAGE"));
        String preview = russian.request().get(path + "?lang=tr&sourceOnly=true").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlf")).extract().asString();
        assertThat(preview).contains("Sentence number 1").doesNotContain("state=\"translated\"");
        turkish.request().get(path).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        turkish.request().get(path + "?lang=xx").then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE"));
        turkish.request().get(path + "?lang=tr&version=3.0").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        turkish.request().get(path + "?lang=tr&status=DONE").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Fixtures.asAdmin().get(path + "?lang=ru").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Fixtures.asAdmin().get("/api/articles/999999999/xliff?lang=tr").then().statusCode(404);
        Work.save(turkish, XliffReviewTest.segment(article, 0), "tr", "Bir.", "DRAFT", 0).then().statusCode(200);
        XliffFiles open = XliffFiles.of(turkish.request().get(path + "?lang=tr&status=DRAFT&version=2.0")
                .then().statusCode(200).extract().asByteArray());
        assertThat(open.ids()).hasSize(1);
        turkish.request().post(path).then().statusCode(415);
        turkish.request().multiPart("other", "x").post(path).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void unitsThatCannotBePlacedOrVerifiedAreRefused() {
        long article = Work.article(3, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2"))
                .translate(0, "Bir.", "translated").renameUnit(0, "99:0")
                .translate(1, "İki.", "translated").dropTesseraAttribute(1, "source-hash")
                .translate(2, "Üç.", "translated").bytes();
        XliffFiles.upload(translator, article, edited).then().statusCode(200)
                .body("applied", equalTo(1)).body("refused", equalTo(2))
                .body("units.reason", equalTo(java.util.Arrays.asList("UNKNOWN_UNIT", "MISSING_METADATA", null)));
    }

    @Test
    void aFileCannotSendSubmittedWorkBackOrEmptyIt() {
        long article = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        Work.save(translator, XliffReviewTest.segment(article, 0), "tr", "Gönderildi.", "TRANSLATED", 0)
                .then().statusCode(200);
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2"))
                .state(0, "needs-translation").translate(1, "", "translated").bytes();
        XliffFiles.upload(translator, article, edited).then().statusCode(200)
                .body("refused", equalTo(2))
                .body("units.reason", equalTo(java.util.List.of("STATUS_NOT_APPLICABLE", "EMPTY_TARGET")));
    }

    @Test
    void commentsGoOutAsNotesWithAuthorAndDate() {
        long article = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        long segment = XliffReviewTest.segment(article, 1);
        String body = "check the figure " + java.util.UUID.randomUUID();
        translator.request().contentType("application/json").body(java.util.Map.of("body", body))
                .post("/api/segments/" + segment + "/translations/tr/comments").then().statusCode(201);
        String file = new String(XliffFiles.export(translator, article, "tr", "1.2"),
                java.nio.charset.StandardCharsets.UTF_8);
        // "author (created at): body", the date as the database gave it
        assertThat(file).containsPattern("<note[^>]*>[^<(]+ \\(\\d{4}-\\d{2}-\\d{2}[^)]*\\): " + body + "</note>");
        assertThat(file.split("<note", -1)).hasSize(2);
    }
}
