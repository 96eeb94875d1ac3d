package dev.tessera.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP: sign-in, the language of the page, CSRF on forms (and none for API
 * clients with a token), the import form, the dashboard's table and its htmx fragment.
 */
@QuarkusTest
class WebPagesTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** A signed-in browser: its session cookie and the CSRF cookie with the token of its forms. */
    record Browser(String session, String csrf) {
        io.restassured.specification.RequestSpecification request() {
            return given().redirects().follow(false).cookie("tessera-session", session).cookie("tessera-csrf", csrf)
                    .header("Origin", "http://localhost:" + io.restassured.RestAssured.port);
        }
    }

    static Browser signIn(Account account) {
        String session = given().redirects().follow(false)
                .formParam("j_username", account.username()).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").getCookie("tessera-session");
        String csrf = given().cookie("tessera-session", session).get("/").getCookie("tessera-csrf");
        assertThat(session).isNotNull();
        assertThat(csrf).isNotNull();
        return new Browser(session, csrf);
    }

    @Test
    void pagesSendStrangersToTheSignInPage() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", containsString("/login"));
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("j_security_check")).body(containsString("<title>Sign in · Tessera</title>"));
    }

    @Test
    void signInPageSpeaksTheBrowsersLanguage() {
        given().header("Accept-Language", "tr-TR,tr;q=0.9").get("/login").then()
                .body(containsString("<html lang=\"tr\">")).body(containsString("Giriş yap"));
        given().header("Accept-Language", "ru").get("/login").then().body(containsString("Войти"));
        given().header("Accept-Language", "tr").cookie(UiLocale.COOKIE, "en").get("/login").then()
                .body(containsString("Sign in"));
    }

    @Test
    void formWithoutTokenIsRefusedAndChangesNothing() {
        Browser editor = signIn(Fixtures.user("editor"));
        java.util.Map<String, Long> before = RowCounts.of(dataSource);
        Response refused = editor.request().multiPart("file", "a.txt", "A sentence to translate.".getBytes())
                .multiPart("sourceLang", "en").post("/articles");
        refused.then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("code", equalTo("CSRF_TOKEN_INVALID"));
        editor.request().multiPart("file", "a.txt", "A sentence to translate.".getBytes())
                .multiPart("sourceLang", "en").multiPart("csrf-token", "wrong-token-wrong-token-1")
                .post("/articles").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    @Test
    void importFormWithTokenRedirectsToTheArticle() {
        Browser editor = signIn(Fixtures.user("editor"));
        String location = editor.request()
                .multiPart("file", "memo.txt", ("A memo about ports " + System.nanoTime() + ". It has two sentences.").getBytes())
                .multiPart("sourceLang", "en").multiPart("targetLangs", "tr").multiPart("targetLangs", "ru")
                .multiPart("priority", "5").multiPart("csrf-token", editor.csrf())
                .post("/articles").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/articles/\\d+");
        editor.request().get(location).then().statusCode(200)
                .body(containsString("A memo about ports")).body(containsString("It has two sentences."));
    }

    @Test
    void refusedDocumentShowsTheFormAgainWithTheReason() {
        Browser editor = signIn(Fixtures.user("editor"));
        editor.request().multiPart("file", "empty.html", Articles.bytes("bad/only-markup.html"))
                .multiPart("sourceLang", "en").multiPart("csrf-token", editor.csrf())
                .post("/articles").then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("role=\"alert\""));
    }

    @Test
    void apiClientsWithATokenNeedNoFormToken() {
        Articles.importFile(Fixtures.asAdmin(), "en/briefing.txt", "en", Map.of("externalId", Fixtures.uniqueName("b")))
                .then().statusCode(201);
    }

    @Test
    void dashboardTableAndItsFragment() {
        Browser editor = signIn(Fixtures.user("editor"));
        String title = "Corridor " + System.nanoTime();
        Fixtures.asAdmin().multiPart("file", "c.txt", "The corridor grows. Ports expand.".getBytes())
                .multiPart("sourceLang", "en").multiPart("title", title).post("/api/articles").then().statusCode(201);
        editor.request().get("/?q=" + title).then().statusCode(200)
                .body(containsString("<title>Dashboard · Tessera</title>")).body(containsString(title))
                .body(containsString("class=\"skip\""));
        editor.request().header("HX-Request", "true").get("/?q=" + title + "&sort=title&dir=asc").then().statusCode(200)
                .body(containsString(title)).body(not(containsString("<html")));
    }

    @Test
    void titlesSortInThePageLanguage() throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM pg_collation"
                     + " WHERE collname IN ('tr-x-icu', 'ru-x-icu', 'en-x-icu')")) {
            r.next();
            assertThat(r.getInt(1)).as("the embedded PostgreSQL has ICU collations").isEqualTo(3);
        }
        Browser editor = signIn(Fixtures.user("editor"));
        String marker = "srt" + Long.toString(System.nanoTime(), 36);
        for (String title : List.of("Zaman", "İzmir", "iğne", "Işık", "ılık", "Çay", "Жук", "Ель", "Ёлка")) {
            long id = Fixtures.asAdmin().multiPart("file", "t.txt", ("A title to sort: " + title + " " + marker + ".").getBytes(UTF_8))
                    .multiPart("sourceLang", "en").post("/api/articles").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            Fixtures.asAdmin().contentType("application/json; charset=UTF-8").body(Map.of("title", title + " " + marker))
                    .patch("/api/articles/" + id).then().statusCode(200);
        }
        assertThat(titles(editor, marker, "tr", "asc"))
                .containsExactly("Çay", "ılık", "Işık", "iğne", "İzmir", "Zaman", "Ёлка", "Ель", "Жук");
        assertThat(titles(editor, marker, "tr", "desc"))
                .containsExactly("Жук", "Ель", "Ёлка", "Zaman", "İzmir", "iğne", "Işık", "ılık", "Çay");
        // English and Russian: I and İ sort as i, ı is a letter of its own after i; Ё sorts as Е
        assertThat(titles(editor, marker, "en", "asc")).startsWith("Çay", "iğne", "Işık", "İzmir")
                .containsSubsequence("İzmir", "ılık").containsSubsequence("Zaman", "Ёлка", "Ель", "Жук");
        assertThat(titles(editor, marker, "ru", "asc")).containsSubsequence("Ёлка", "Ель", "Жук");
    }

    /** The titles of the dashboard's table (their first word), sorted by title, with the page in {@code ui}. */
    private static List<String> titles(Browser browser, String marker, String ui, String dir) {
        String html = browser.request().cookie(UiLocale.COOKIE, ui).header("HX-Request", "true")
                .get("/?q=" + marker + "&sort=title&dir=" + dir).then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a href=\"/articles/\\d+\">([^<]*) " + marker + "</a>")
                .matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void translatorSeesTheirWorkNotTheTable() {
        Browser translator = signIn(Fixtures.user("translator", "tr"));
        translator.request().get("/").then().statusCode(200)
                .body(containsString("href=\"/translate/tr\"")).body(not(containsString("id=\"articles\"")));
        translator.request().get("/translate/tr").then().statusCode(200)
                .body(containsString("data-lang=\"tr\"")).body(containsString("/static/workbench.js"));
        translator.request().get("/articles/new").then().statusCode(403);
    }

    @Test
    void thePageLanguageIsKeptOnTheAccount() {
        Account account = Fixtures.user("editor");
        Browser first = signIn(account);
        first.request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("lang", "ru")
                .formParam("csrf-token", first.csrf()).post("/ui-language").then().statusCode(303);
        Browser elsewhere = signIn(account); // another browser: no language cookie, an English one
        elsewhere.request().header("Accept-Language", "en").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">")).body(containsString("Обзор"));
        given().header("Accept-Language", "en").get("/login").then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void pagesHaveAFavicon() {
        given().get("/static/favicon.svg").then().statusCode(200).contentType(containsString("svg"));
        given().get("/login").then().body(containsString("rel=\"icon\" href=\"/static/favicon.svg\""));
    }
}
