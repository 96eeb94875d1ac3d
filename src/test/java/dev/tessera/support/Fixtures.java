package dev.tessera.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts for API tests, created through the API with the admin token of the test profile.
 * Names are unique per call so that tests never depend on each other's data.
 */
public final class Fixtures {

    public static final String ADMIN_TOKEN = "tsr_test_admin_token_0123456789abcdef";
    public static final String PASSWORD = "correct horse battery";

    private Fixtures() {
    }

    /** A signed-in party: the user and an API token of theirs. */
    public record Account(long id, String username, String token) {
        public io.restassured.specification.RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    public static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Account user(List<String> roles, List<String> languages) {
        String username = uniqueName(roles.isEmpty() ? "nobody" : roles.get(0));
        long id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "roles", roles, "languages", languages))
                .post("/api/users")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String token = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "test", "userId", id))
                .post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        return new Account(id, username, token);
    }

    public static Account user(String role, String... languages) {
        return user(List.of(role), List.of(languages));
    }
}
