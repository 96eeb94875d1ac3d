package dev.tessera.auth;

import static dev.tessera.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsTest {

    @Test
    void adminCreatesUserWhoSeesThemself() {
        Account translator = Fixtures.user("translator", "tr", "ru");
        translator.request().get("/api/me").then().statusCode(200)
                .body("username", equalTo(translator.username()))
                .body("roles", equalTo(List.of("translator")))
                .body("languages", equalTo(List.of("tr", "ru")))
                .body("authenticatedBy", equalTo("token"));
    }

    @Test
    void adminTokenFromConfigurationIsTheFirstAdmin() {
        asAdmin().get("/api/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles", hasItems("admin"));
    }

    @Test
    void duplicateUsernameIsAConflictNamingTheField() {
        Account editor = Fixtures.user("editor");
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", editor.username(), "password", Fixtures.PASSWORD))
                .post("/api/users")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("USERNAME_TAKEN")).body("field", equalTo("username"));
    }

    @Test
    void invalidFieldsAreNamed() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "Bad Name!", "password", "short"))
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("username", "password"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", Fixtures.uniqueName("x"), "password", Fixtures.PASSWORD, "roles", List.of("boss")))
                .post("/api/users")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("roles"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", Fixtures.uniqueName("x"), "password", Fixtures.PASSWORD, "languages", List.of("de")))
                .post("/api/users")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE")).body("field", equalTo("languages"));
    }

    @Test
    void disabledUserIsLockedOutAtOnce() {
        Account reviewer = Fixtures.user("reviewer", "en");
        reviewer.request().get("/api/me").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/users/" + reviewer.id()).then().statusCode(200).body("enabled", equalTo(false));
        reviewer.request().get("/api/me").then().statusCode(401);
        asAdmin().contentType(ContentType.JSON).body(Map.of("enabled", true, "roles", List.of("reviewer", "translator")))
                .patch("/api/users/" + reviewer.id()).then().statusCode(200);
        reviewer.request().get("/api/me").then().statusCode(200).body("roles", hasItems("reviewer", "translator"));
    }

    @Test
    void tokenLifecycle() {
        Account translator = Fixtures.user("translator", "tr");
        var created = translator.request().contentType(ContentType.JSON).body(Map.of("name", "laptop"))
                .post("/api/tokens").then().statusCode(201)
                .body("token", startsWith("tsr_")).extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
        translator.request().get("/api/tokens").then().statusCode(200)
                .body("items.name", hasItems("laptop")).body("items.token", everyItem(nullValue()));
        translator.request().get("/api/tokens").then().body("items.find { it.id == " + id + " }.lastUsedAt", startsWith("20"));
        translator.request().delete("/api/tokens/" + id).then().statusCode(200).body("revokedAt", startsWith("20"));
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
    }

    @Test
    void nonAdminCannotTouchOthersTokens() {
        Account a = Fixtures.user("translator", "tr");
        Account b = Fixtures.user("translator", "tr");
        long bToken = b.request().get("/api/tokens").then().extract().jsonPath().getLong("items[0].id");
        a.request().delete("/api/tokens/" + bToken).then().statusCode(403).body("code", equalTo("ROLE_MISSING"));
        a.request().get("/api/tokens?all=true").then().statusCode(403);
        a.request().contentType(ContentType.JSON).body(Map.of("name", "x", "userId", b.id()))
                .post("/api/tokens").then().statusCode(403);
        asAdmin().get("/api/tokens?userId=" + b.id()).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void expiredTokenIsRefused() {
        Account editor = Fixtures.user("editor");
        editor.request().contentType(ContentType.JSON).body(Map.of("name", "old", "expiresAt", "2001-01-01T00:00:00Z"))
                .post("/api/tokens").then().statusCode(400).body("violations[0].field", equalTo("expiresAt"));
    }

    @Test
    void changeOwnPassword() {
        Account translator = Fixtures.user("translator", "ru");
        translator.request().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong password", "newPassword", "another long password"))
                .put("/api/me/password").then().statusCode(400).body("violations[0].field", equalTo("currentPassword"));
        translator.request().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "another long password"))
                .put("/api/me/password").then().statusCode(204);
    }

    @Test
    void languagesAreTheConfiguredOnes() {
        asAdmin().get("/api/languages").then().statusCode(200)
                .body("code", equalTo(List.of("tr", "en", "ru")))
                .body("name[0]", equalTo("Türkçe"))
                .body("name[1]", equalTo("English"));
    }
}
