package dev.tessera.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Browser;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests that change data with a session cookie must come from Tessera's own origin (403
 * CSRF_REJECTED, nothing changed); reads, and clients with API tokens, are not affected.
 */
@QuarkusTest
class CrossSiteRequestTest {

    private static final String NEW_PASSWORD = "changed by another site";

    @Test
    void aForeignOriginIsRefusedAndChangesNothing() {
        Account user = Fixtures.user("translator", "tr");
        String session = Browser.session(user.username(), Fixtures.PASSWORD);

        changePassword(cookie(session).header("Origin", "https://evil.example")).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("CSRF_REJECTED"));
        changePassword(cookie(session).header("Origin", "null")).then().statusCode(403)
                .body("code", equalTo("CSRF_REJECTED"));
        changePassword(cookie(session).header("Sec-Fetch-Site", "cross-site")).then().statusCode(403)
                .body("code", equalTo("CSRF_REJECTED"));
        changePassword(cookie(session).header("Referer", "https://evil.example/page")).then().statusCode(403)
                .body("code", equalTo("CSRF_REJECTED"));
        changePassword(cookie(session)).then().statusCode(403).body("code", equalTo("CSRF_REJECTED"));
        cookie(session).header("Origin", "https://evil.example").post("/logout").then().statusCode(403);

        // the password and the session are as they were
        Browser.session(user.username(), Fixtures.PASSWORD);
        cookie(session).get("/api/me").then().statusCode(200);
    }

    @Test
    void tesserasOwnPagesMayChangeData() {
        Account user = Fixtures.user("translator", "tr");
        String session = Browser.session(user.username(), Fixtures.PASSWORD);
        changePassword(cookie(session).header("Origin", Browser.origin()), Fixtures.PASSWORD, "second password")
                .then().statusCode(204);
        changePassword(cookie(session).header("Sec-Fetch-Site", "same-origin"), "second password", "third password")
                .then().statusCode(204);
        changePassword(cookie(session).header("Referer", Browser.origin() + "/account"), "third password", "fourth password")
                .then().statusCode(204);
    }

    @Test
    void readsWithASessionCookieAreNotChecked() {
        Account user = Fixtures.user("reviewer", "ru");
        String session = Browser.session(user.username(), Fixtures.PASSWORD);
        cookie(session).header("Origin", "https://evil.example").get("/api/me").then().statusCode(200);
    }

    @Test
    void bearerClientsAreNotAffected() {
        Account user = Fixtures.user("translator", "tr");
        changePassword(user.request().header("Origin", "https://cms.example"), Fixtures.PASSWORD, "bearer changed it")
                .then().statusCode(204);
        user.request().contentType(ContentType.JSON).body(Map.of("name", "no origin at all")).post("/api/tokens")
                .then().statusCode(201);
    }

    private static RequestSpecification cookie(String session) {
        return given().redirects().follow(false).cookie(Browser.COOKIE, session);
    }

    private static io.restassured.response.Response changePassword(RequestSpecification request) {
        return changePassword(request, Fixtures.PASSWORD, NEW_PASSWORD);
    }

    private static io.restassured.response.Response changePassword(RequestSpecification request, String from, String to) {
        return request.contentType(ContentType.JSON).body(Map.of("currentPassword", from, "newPassword", to))
                .put("/api/me/password");
    }
}
