package dev.tessera.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.RowCounts;
import dev.tessera.web.WebPagesTest.Browser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The article page's forms that change an article: a new revision (editors), an XLIFF file
 * back from a CAT tool, and an editor's split and merge; each refused without its form token,
 * by role, and for bad input with the API's problem+json answer and nothing changed.
 */
@QuarkusTest
class ArticleChangePagesTest {

    @Inject
    AgroalDataSource dataSource;

    private static long article(String text) {
        return Fixtures.asAdmin().multiPart("file", "memo.txt", text.getBytes()).multiPart("sourceLang", "en")
                .multiPart("targetLangs", "tr").post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anEditorUploadsANewRevisionAndSeesWhatHappened() {
        long id = article("Ports grow fast " + System.nanoTime() + ". Rail lines follow them. Ships wait.");
        Browser editor = WebPagesTest.signIn(Fixtures.user("editor"));
        editor.request().get("/articles/" + id).then().statusCode(200).body(containsString("id=\"new-revision\""))
                .body(containsString("/api/articles/" + id + "/xliff?lang=tr")).body(containsString("merge-next"));
        String page = editor.request().multiPart("file", "memo.txt", "Ports grow fast today. Rail lines follow them. New quays open.".getBytes())
                .multiPart("csrf-token", editor.csrf()).post("/articles/" + id + "/source")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("id=\"update-summary\"").contains("Revision 2");
        Fixtures.asAdmin().get("/api/articles/" + id).then().body("revision.number", equalTo(2));
    }

    @Test
    void revisionUploadsAreRefusedWithNothingChanged() {
        long id = article("Harbours expand " + System.nanoTime() + ". Cranes arrive.");
        Browser editor = WebPagesTest.signIn(Fixtures.user("editor"));
        Browser translator = WebPagesTest.signIn(Fixtures.user("translator", "tr"));
        Map<String, Long> before = RowCounts.of(dataSource);
        editor.request().multiPart("file", "memo.txt", "Harbours expand again.".getBytes())
                .post("/articles/" + id + "/source").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        translator.request().multiPart("file", "memo.txt", "Harbours expand again.".getBytes())
                .multiPart("csrf-token", translator.csrf()).post("/articles/" + id + "/source").then().statusCode(403);
        Response noFile = editor.request().multiPart("note", "no file").multiPart("csrf-token", editor.csrf())
                .post("/articles/" + id + "/source");
        noFile.then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("file"));
        editor.request().multiPart("file", "empty.html", Articles.bytes("bad/only-markup.html"))
                .multiPart("csrf-token", editor.csrf()).post("/articles/" + id + "/source")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .contentType(containsString("application/problem+json"));
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
        Fixtures.asAdmin().get("/api/articles/" + id).then().body("revision.number", equalTo(1));
    }

    @Test
    void anXliffFileComesBackThroughThePage() {
        long id = article("The strait narrows " + System.nanoTime() + ". Tankers slow down.");
        Browser translator = WebPagesTest.signIn(Fixtures.user("translator", "tr"));
        String xliff = Fixtures.asAdmin().get("/api/articles/" + id + "/xliff?lang=tr").then().statusCode(200)
                .extract().asString();
        // as a CAT tool leaves it: the second unit's target typed and marked translated
        String translated = xliff.replaceFirst("(?s)(<source[^>]*>Tankers slow down\\.</source>)\\s*(<target[^>]*/>|<target[^>]*>.*?</target>)?",
                "$1<target state=\"translated\">Tankerler yavaşlar.</target>");
        assertThat(translated).isNotEqualTo(xliff);
        String page = translator.request().multiPart("file", "memo-tr.xlf", translated.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .multiPart("csrf-token", translator.csrf()).post("/articles/" + id + "/xliff")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("id=\"import-summary\"").contains("1 applied");
        List<String> targets = Fixtures.asAdmin().get("/api/articles/" + id + "/segments?lang=tr").then().extract()
                .jsonPath().getList("items.translations.tr.target", String.class);
        assertThat(targets).contains("Tankerler yavaşlar.");

        Map<String, Long> before = RowCounts.of(dataSource);
        translator.request().multiPart("file", "junk.xlf", "<not-xliff/>".getBytes()).multiPart("csrf-token", translator.csrf())
                .post("/articles/" + id + "/xliff").then().statusCode(422).contentType(containsString("application/problem+json"));
        translator.request().multiPart("note", "no file").multiPart("csrf-token", translator.csrf())
                .post("/articles/" + id + "/xliff").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        translator.request().multiPart("file", "memo-tr.xlf", translated.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/articles/" + id + "/xliff").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    @Test
    void anEditorSplitsAndMergesSegments() {
        long id = article("Ports grow fast and rail lines follow " + System.nanoTime() + ". Ships wait.");
        Browser editor = WebPagesTest.signIn(Fixtures.user("editor"));
        var first = Fixtures.asAdmin().get("/api/articles/" + id + "/segments").then().extract().jsonPath();
        long segment = first.getLong("items[0].id");
        String plain = first.getString("items[0].plainText");
        int cut = plain.indexOf(" and ");
        String marked = plain.substring(0, cut) + "|" + plain.substring(cut);

        Map<String, Long> before = RowCounts.of(dataSource);
        refused(form(editor).formParam("text", plain).formParam("original", plain)
                .post("/articles/" + id + "/segments/" + segment + "/split"));
        refused(form(editor).formParam("text", marked.replace("Ports", "Harbours")).formParam("original", plain)
                .post("/articles/" + id + "/segments/" + segment + "/split"));
        refused(form(editor).formParam("text", marked + "|").formParam("original", plain)
                .post("/articles/" + id + "/segments/" + segment + "/split"));
        Browser translator = WebPagesTest.signIn(Fixtures.user("translator", "tr"));
        form(translator).formParam("text", marked).formParam("original", plain)
                .post("/articles/" + id + "/segments/" + segment + "/split").then().statusCode(403);
        editor.request().formParam("text", marked).formParam("original", plain)
                .post("/articles/" + id + "/segments/" + segment + "/split").then().statusCode(403)
                .body("code", equalTo("CSRF_TOKEN_INVALID"));
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);

        form(editor).formParam("text", marked).formParam("original", plain).formParam("back", "https://elsewhere.example/")
                .post("/articles/" + id + "/segments/" + segment + "/split").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/articles/" + id));
        List<String> sources = Fixtures.asAdmin().get("/api/articles/" + id + "/segments").then().extract().jsonPath()
                .getList("items.plainText", String.class);
        assertThat(sources).hasSize(3).first().isEqualTo(plain.substring(0, cut));

        form(editor).formParam("back", "/articles/" + id + "?page=0")
                .post("/articles/" + id + "/segments/" + segment + "/merge-next").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/articles/" + id + "?page=0"));
        assertThat(Fixtures.asAdmin().get("/api/articles/" + id + "/segments").then().extract().jsonPath()
                .getList("items.plainText", String.class)).hasSize(2).first().isEqualTo(plain);
    }

    private static io.restassured.specification.RequestSpecification form(Browser browser) {
        return browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", browser.csrf());
    }

    private static void refused(Response response) {
        response.then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("text"));
    }
}
