package dev.tessera.auth;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passwords and tokens never rest in clear: not in the tables, not in the log. */
@QuarkusTest
class SecretsAtRestTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void tablesHoldOnlyHashes() throws Exception {
        String password = "plain-text-password-" + System.nanoTime();
        String username = Fixtures.uniqueName("secret");
        long id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", List.of("editor")))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "ci", "userId", id))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");

        List<String> cells = allCells("app_user", "api_token");
        assertThat(cells).noneMatch(c -> c.contains(password)).noneMatch(c -> c.contains(token))
                .noneMatch(c -> c.contains(Fixtures.ADMIN_TOKEN)).noneMatch(c -> c.contains("admin-test-password"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = '" + username + "'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith(Secrets.PREHASHED + "$2").hasSizeGreaterThanOrEqualTo(59);
            assertThat(Secrets.passwordMatches(password, rs.getString(1))).isTrue();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT token_hash FROM api_token WHERE user_id = " + id)) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(Secrets.digest(token)).hasSize(64);
        }
    }

    @Test
    void logNeverShowsPasswordsOrTokens() throws Exception {
        String password = "logged-password-" + System.nanoTime();
        long id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", Fixtures.uniqueName("log"), "password", password))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "ci", "userId", id))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token + "x").get("/api/me").then().statusCode(401);
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "bad name", "password", "short-" + password))
                .post("/api/users").then().statusCode(400);

        String log = Files.readString(Path.of("target/quarkus-test.log"), StandardCharsets.UTF_8);
        assertThat(log).isNotEmpty()
                .doesNotContain(password).doesNotContain(token)
                .doesNotContain(Fixtures.ADMIN_TOKEN).doesNotContain("admin-test-password");
    }

    private List<String> allCells(String... tables) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            cells.add(String.valueOf(rs.getObject(i)));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
