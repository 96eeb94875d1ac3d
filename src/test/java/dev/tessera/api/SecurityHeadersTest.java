package dev.tessera.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tessera.support.Browser;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headers of every kind of answer: nosniff and framing protection everywhere, a CSP without
 * inline code on pages, no-store where a secret is shown once, Secure cookies over https (as a
 * trusted proxy says), and redirects that never take the client's Host header.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfAnswerIsNosniffAndNotFramable() {
        Account user = Fixtures.user("translator", "tr");
        List<Response> answers = List.of(
                user.request().get("/api/me"),                                     // JSON
                given().get("/api/me"),                                            // 401 problem
                user.request().get("/api/no-such-thing"),                          // 404 problem
                given().cookie(Browser.COOKIE, "x").post("/api/tokens"),          // refusal of the HTTP layer
                given().get(Browser.signInPage()),                                 // page
                given().get("/q/health/live"));                                    // operations
        assertThat(answers.get(3).statusCode()).isEqualTo(403);
        for (Response answer : answers) {
            answer.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void pagesMayRunOnlyTheirOwnFilesAndNoInlineCode() {
        Response page = given().get(Browser.signInPage());
        String policy = page.then().statusCode(200).extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline");
        // the page itself keeps to it: no inline style blocks or scripts, so it works under its own policy
        assertThat(page.asString()).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        given().get("/static/tessera.css").then().statusCode(200);
    }

    @Test
    void apiAnswersAllowNothingToRun() {
        Fixtures.asAdmin().get("/api/me").then()
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("sandbox"));
    }

    @Test
    void secretsShownOnceAreNeverCached() {
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "no-store")).post("/api/tokens")
                .then().statusCode(201).header("Cache-Control", "no-store");
        long webhook = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/headers", "eventTypes", List.of("article.language.reopened")))
                .post("/api/webhooks").then().statusCode(201).header("Cache-Control", "no-store")
                .extract().jsonPath().getLong("endpoint.id");
        Fixtures.asAdmin().post("/api/webhooks/" + webhook + "/rotate-secret").then().statusCode(200)
                .header("Cache-Control", "no-store");
        Fixtures.asAdmin().get("/api/webhooks/" + webhook).then().statusCode(200)
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void cookiesAreSecureWhenTheProxySaysHttps() {
        Account user = Fixtures.user("editor");
        Response overHttps = given().redirects().follow(false).header("X-Forwarded-For", Browser.newAddress())
                .header("X-Forwarded-Proto", "https")
                .formParam("j_username", user.username()).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertThat(overHttps.getDetailedCookie(Browser.COOKIE).isSecured()).isTrue();

        Response overHttp = Browser.signIn(user.username(), Fixtures.PASSWORD, Browser.newAddress());
        assertThat(overHttp.getDetailedCookie(Browser.COOKIE).isSecured()).isFalse();
    }

    @Test
    void redirectsNeverFollowTheClientsHostHeader() {
        Account user = Fixtures.user("editor");
        for (String password : List.of(Fixtures.PASSWORD, "wrong password")) {
            String location = given().redirects().follow(false).header("Host", "evil.example")
                    .header("X-Forwarded-For", Browser.newAddress())
                    .formParam("j_username", user.username()).formParam("j_password", password)
                    .post("/j_security_check").then().statusCode(302).extract().header("Location");
            assertThat(location).startsWith("/").doesNotContain("evil.example");
        }
        // A page asked for without a session sends the browser to the sign-in page, on Tessera's own address.
        // (Sign-out's relative redirect is checked in SessionSecurityTest: a POST whose Origin is not the
        // Host it names is refused before it gets there.)
        given().redirects().follow(false).header("Host", "evil.example").get("/").then().statusCode(302)
                .header("Location", equalTo(Browser.signInPage()));
    }
}
