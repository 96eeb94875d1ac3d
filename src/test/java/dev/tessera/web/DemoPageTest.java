package dev.tessera.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.RowCounts;
import dev.tessera.web.WebPagesTest.Browser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo, as UI.md's first minute asks: an admin loads it in one click and gets three sample
 * articles, the English one part translated into Turkish and part waiting for review in
 * Russian, and an account per role whose passwords the answer shows once; loading again
 * changes nothing; removing it takes every row it made away again.
 */
@QuarkusTest
class DemoPageTest {

    private static final List<String> TABLES = List.of("article", "revision", "segment", "translation", "progress",
            "translation_history", "translation_comment", "memory_entry", "memory_suggestion", "outbox_event",
            "webhook_delivery", "app_user", "user_session", "api_token");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "<th scope=\"row\" data-label=\"[^\"]*\">(demo-[a-z]+)</th>.*?<code class=\"secret\">([^<]+)</code>", Pattern.DOTALL);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyAnAdminLoadsTheDemoAndOnlyWithTheFormsToken() throws Exception {
        Browser editor = WebPagesTest.signIn(Fixtures.user("editor"));
        form(editor).post("/demo").then().statusCode(403);
        form(editor).post("/demo/remove").then().statusCode(403);
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        Map<String, Long> before = counts();
        admin.request().post("/demo").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        admin.request().post("/demo/remove").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theDemoShowsWorkInProgressAnAccountPerRoleAndGoesAwayInOneStep() throws Exception {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        form(admin).post("/demo/remove").then().statusCode(303); // whatever an earlier test left
        Map<String, Long> before = counts();

        String page = form(admin).post("/demo").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("The Middle Corridor after 2022")).extract().asString();
        Map<String, String> passwords = new LinkedHashMap<>();
        Matcher m = CREDENTIAL.matcher(page);
        while (m.find()) {
            passwords.put(m.group(1), m.group(2));
        }
        assertThat(passwords).containsOnlyKeys("demo-translator", "demo-reviewer", "demo-editor");

        long english = articleId("demo-middle-corridor");
        JsonPath progress = Fixtures.asAdmin().get("/api/articles/" + english + "/progress").then().statusCode(200)
                .extract().jsonPath();
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.APPROVED")).isEqualTo(4);
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.TRANSLATED")).isEqualTo(1);
        assertThat(progress.getInt("find { it.lang == 'tr' }.segmentsByStatus.DRAFT")).isEqualTo(1);
        assertThat(progress.getInt("find { it.lang == 'ru' }.segmentsByStatus.TRANSLATED")).isEqualTo(6);
        assertThat(progress.getInt("find { it.lang == 'ru' }.segmentsByStatus.APPROVED")).isZero();

        // each account signs in with the password shown and sees its role's work
        Browser reviewer = signIn("demo-reviewer", passwords.get("demo-reviewer"));
        reviewer.request().get("/").then().statusCode(200).body(containsString("/review/ru"));
        Browser translator = signIn("demo-translator", passwords.get("demo-translator"));
        translator.request().get("/").then().statusCode(200).body(containsString("/translate/tr"));
        signIn("demo-editor", passwords.get("demo-editor")).request().get("/articles/" + english).then().statusCode(200)
                .body(containsString("Aktau"));

        Map<String, Long> loaded = counts();
        String again = form(admin).post("/demo").then().statusCode(200).extract().asString();
        assertThat(again).contains("already existed").doesNotContain("class=\"secret\"");
        assertThat(counts()).as("loading twice changes nothing").isEqualTo(loaded);

        admin.request().get("/admin").then().statusCode(200).body(containsString("action=\"/demo/remove\""));
        form(admin).post("/demo/remove").then().statusCode(303).header("Location", endsWith("/admin?done=demo-removed"));
        assertThat(counts()).as("every row the demo made is gone").isEqualTo(before);
        admin.request().get("/admin").then().statusCode(200).body(containsString("action=\"/demo\""));
        given().redirects().follow(false).formParam("j_username", "demo-translator")
                .formParam("j_password", passwords.get("demo-translator")).post("/j_security_check")
                .then().header("Location", containsString("error"));
    }

    private static Browser signIn(String username, String password) {
        String session = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").getCookie("tessera-session");
        assertThat(session).as("signed in as " + username).isNotNull();
        String csrf = given().cookie("tessera-session", session).get("/").getCookie("tessera-csrf");
        return new Browser(session, csrf);
    }

    private static long articleId(String externalId) {
        return Fixtures.asAdmin().queryParam("q", externalId).get("/api/articles").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.externalId == '" + externalId + "' }.id");
    }

    private static RequestSpecification form(Browser browser) {
        return browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", browser.csrf());
    }

    private Map<String, Long> counts() {
        return RowCounts.of(dataSource, TABLES);
    }
}
