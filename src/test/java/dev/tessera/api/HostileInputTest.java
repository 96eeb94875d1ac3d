package dev.tessera.api;

import static dev.tessera.support.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to the JSON, query and path layers: each guard answers 400 problem+json with
 * its own code, names the field or parameter, and leaves every table as it was.
 * (Documents and multipart imports: {@code dev.tessera.article.HostileImportTest}.)
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String[] TABLES = {"app_user", "api_token", "webhook_endpoint", "article", "translation"};

    @Inject
    AgroalDataSource dataSource;

    private Account editor;

    @BeforeEach
    void editor() {
        editor = Fixtures.user("editor");
    }

    @Test
    void nulInAJsonStringIsRefusedNamingTheField() {
        refused("NUL_CHARACTER", () -> asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"build\\u0000bot\"}").post("/api/tokens").then())
                .body("violations.field", hasItem("name"));
        refused("NUL_CHARACTER", () -> asAdmin().contentType(ContentType.JSON)
                .body("{\"displayName\": \"Ay\\u0000şe\"}").patch("/api/users/" + editor.id()).then())
                .body("violations.field", hasItem("displayName"));
        refused("NUL_CHARACTER", () -> asAdmin().contentType(ContentType.JSON)
                .body("{\"username\": \"ali\", \"password\": \"long enough 1\", \"roles\": [\"trans\\u0000lator\"]}")
                .post("/api/users").then())
                .body("violations.field", hasItem("roles[0]"));
    }

    @Test
    void nulInAQueryOrPathParameterIsRefusedNamingIt() {
        refused("NUL_CHARACTER", () -> editor.request().queryParam("q", "ener\u0000gy").get("/api/articles").then())
                .body("violations.field", hasItem("q"));
        refused("NUL_CHARACTER", () -> editor.request().contentType("text/plain").body("Hello world.")
                .pathParam("externalId", "abc\u0000def").queryParam("sourceLang", "en")
                .put("/api/articles/by-external-id/{externalId}").then())
                .body("violations.field", hasItem("externalId"));
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        // Sent without REST Assured, whose failure log would pretty-print 10,000 levels.
        String deep = "{\"name\": \"t\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        Map<String, Long> before = counts();
        HttpResponse<String> answer = rawPost("/api/tokens", deep);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"MALFORMED_JSON\"").contains("nested");
        assertThat(counts()).isEqualTo(before);
        // Deeper than Tessera's own limit, far below Jackson's default of 1,000.
        String nested = "{\"name\": \"t\", \"x\": " + "{\"a\": ".repeat(150) + "1" + "}".repeat(150) + "}";
        refused("MALFORMED_JSON", () -> asAdmin().contentType(ContentType.JSON).body(nested).post("/api/tokens").then())
                .body("detail", containsString("nested"));
    }

    @Test
    void duplicatedJsonKeysAreRefused() {
        refused("MALFORMED_JSON", () -> asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"first\", \"name\": \"second\"}").post("/api/tokens").then())
                .body("detail", containsString("name"));
    }

    @Test
    void aPageFarOutIsRefusedInsteadOfOverflowing() {
        for (String list : new String[] {"/api/articles", "/api/users", "/api/tokens", "/api/webhooks", "/api/progress",
                "/api/articles/1/segments"}) {
            refused("VALIDATION_FAILED", () -> asAdmin().get(list + "?page=2147483647&size=500").then())
                    .body("violations.field", hasItem("page"));
        }
        // The last page that is accepted still answers (empty).
        asAdmin().get("/api/articles?page=" + PageRequest.MAX_PAGE + "&size=500").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void malformedNumbersAre400NamingTheParameterNot404() {
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/articles?page=abc").then())
                .body("violations.field", hasItem("page"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/articles?size=1e3").then())
                .body("violations.field", hasItem("size"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/articles?page=99999999999999999999").then())
                .body("violations.field", hasItem("page"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/articles/abc").then())
                .body("violations.field", hasItem("id"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/articles/99999999999999999999/segments").then())
                .body("violations.field", hasItem("id"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/segments/x1/translations/tr").then())
                .body("violations.field", hasItem("segmentId"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/webhooks/1/deliveries?size=ten").then())
                .body("violations.field", hasItem("size"));
        refused("VALIDATION_FAILED", () -> asAdmin().get("/api/tokens?userId=me").then())
                .body("violations.field", hasItem("userId"));
        Account translator = Fixtures.user("translator", "tr");
        refused("VALIDATION_FAILED", () -> translator.request().post("/api/queue/tr/claim?articleId=1.5").then())
                .body("violations.field", hasItem("articleId"));
    }

    @Test
    void aBooleanParameterIsTrueOrFalseNotSilentlyFalse() {
        // JAX-RS would read "yes" as false and archive instead of purging; the article does not
        // exist, so without the guard the answer would be 404.
        refused("VALIDATION_FAILED", () -> asAdmin().delete("/api/articles/99999999?purge=yes").then())
                .body("violations.field", hasItem("purge"));
        asAdmin().delete("/api/articles/99999999?purge=FALSE").then().statusCode(404);
    }

    @Test
    void aYearBeyond9999IsRefusedNamingTheField() {
        refused("VALIDATION_FAILED", () -> asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"forever\", \"expiresAt\": \"+999999999-01-01T00:00:00Z\"}").post("/api/tokens").then())
                .body("violations.field", hasItem("expiresAt"));
        asAdmin().contentType(ContentType.JSON).body("{\"name\": \"long\", \"expiresAt\": \"9999-12-31T00:00:00Z\"}")
                .post("/api/tokens").then().statusCode(201);
    }

    @Test
    void noJavaClassNamesInAnswersToBadInput() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("/api/tokens", "{\"name\": \"t\", \"userId\": \"abc\"}");
        bodies.put("/api/users", "{\"username\": \"u1\", \"password\": \"long enough 1\", \"roles\": \"admin\"}");
        bodies.put("/api/webhooks", "{\"url\": \"https://example.org\", \"eventTypes\": {\"a\": 1}}");
        bodies.put("/api/tokens?x", "{\"name\": \"t\", \"expiresAt\": \"tomorrow\"}");
        bodies.put("/api/tokens?y", "{\"name\": \"t\", \"userId\": 1e400}");
        bodies.put("/api/tokens?z", "{\"name\": \"t\", \"userId\": 99999999999999999999}");
        bodies.put("/api/users?a", "[1, 2]");
        bodies.put("/api/users?b", "{\"username\": \"x\" \"password\": 1}");
        bodies.put("/api/tokens?w", "\"just a string\"");
        bodies.forEach((path, body) -> {
            String answer = asAdmin().contentType(ContentType.JSON).body(body).post(path)
                    .then().statusCode(400).contentType(PROBLEM).extract().asString();
            assertThat(answer).as(path + " " + body)
                    .doesNotContain("java.", "com.fasterxml", "dev.tessera", "Exception", "jakarta.", "io.quarkus");
        });
        for (String query : new String[] {"/api/articles?page=x", "/api/articles/1x", "/api/tokens?userId=1.0"}) {
            String answer = asAdmin().get(query).then().statusCode(400).extract().asString();
            assertThat(answer).as(query).doesNotContain("java.", "NumberFormat", "Exception", "dev.tessera");
        }
    }

    private static HttpResponse<String> rawPost(String path, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + RestAssured.port + path))
                            .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ValidatableResponse refused(String code, Supplier<ValidatableResponse> call) {
        Map<String, Long> before = counts();
        ValidatableResponse response = call.get().statusCode(400).contentType(PROBLEM).body("code", equalTo(code));
        assertThat(counts()).as("rows after a refusal").isEqualTo(before);
        return response;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
