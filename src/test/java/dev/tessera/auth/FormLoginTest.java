package dev.tessera.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Browser sign-in: the form sets a session cookie that the API accepts like a token. */
@QuarkusTest
class FormLoginTest {

    private static final String COOKIE = "tessera-session";

    @Test
    void signInGivesASessionTheApiAccepts() {
        Account reviewer = Fixtures.user("reviewer", "ru");
        Response login = given().redirects().follow(false)
                .formParam("j_username", reviewer.username()).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        login.then().statusCode(302).header("Location", containsString("/"));
        String session = login.getCookie(COOKIE);
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(200)
                .body("username", equalTo(reviewer.username())).body("authenticatedBy", equalTo("session"));
    }

    @Test
    void wrongPasswordGivesNoSession() {
        Account reviewer = Fixtures.user("reviewer", "ru");
        Response login = given().redirects().follow(false)
                .formParam("j_username", reviewer.username()).formParam("j_password", "not the password")
                .post("/j_security_check");
        login.then().statusCode(302).header("Location", containsString("error"));
        org.assertj.core.api.Assertions.assertThat(login.getCookie(COOKIE)).isNull();
    }

    @Test
    void apiWithoutCredentialsIsNotRedirected() {
        given().redirects().follow(false).get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void sessionOfDisabledUserStopsWorking() {
        Account translator = Fixtures.user("translator", "tr");
        String session = given().redirects().follow(false)
                .formParam("j_username", translator.username()).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").getCookie(COOKIE);
        Fixtures.asAdmin().contentType("application/json").body("{\"enabled\": false}")
                .patch("/api/users/" + translator.id()).then().statusCode(200);
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(401);
    }
}
