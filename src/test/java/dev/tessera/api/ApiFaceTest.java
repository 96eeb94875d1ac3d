package dev.tessera.api;

import static dev.tessera.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong, a client gets problem+json with a stable code, never an HTML page or a stack trace. */
@QuarkusTest
class ApiFaceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownApiPathIsProblem() {
        asAdmin().get("/api/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("NOT_FOUND")).body("type", equalTo("urn:tessera:problem:not-found"));
    }

    @Test
    void unknownPathOutsideTheApiIsProblem() {
        given().get("/no/such/page").then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void malformedJsonIsProblem() {
        asAdmin().contentType(ContentType.JSON).body("{\"username\": \"x\", ").post("/api/users")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("MALFORMED_JSON"))
                .body(not(containsString("at com.fasterxml")));
    }

    @Test
    void wrongJsonTypeIsProblem() {
        asAdmin().contentType(ContentType.JSON).body("{\"username\": [1,2], \"password\": {}}").post("/api/users")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("username"));
    }

    @Test
    void missingBodyNamesTheProblem() {
        asAdmin().contentType(ContentType.JSON).post("/api/users")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void wrongMediaTypeIsProblem() {
        asAdmin().contentType(ContentType.XML).body("<user/>").post("/api/users")
                .then().statusCode(415).contentType(PROBLEM).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void wrongMethodIsProblem() {
        asAdmin().delete("/api/languages").then().statusCode(405).contentType(PROBLEM)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void badPathParameterIsProblem() {
        // 400, not JAX-RS's 404: the address exists, the value is wrong (ParameterGuard)
        asAdmin().get("/api/users/not-a-number").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("id"));
    }

    @Test
    void badPagingIsNamed() {
        asAdmin().get("/api/users?size=100000").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("size"));
    }

    @Test
    void healthIsPublicAndReadyChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Tessera API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsNeedCredentials() {
        given().get("/q/metrics").then().statusCode(401);
        asAdmin().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
