package dev.tessera.auth;

import static io.restassured.RestAssured.given;

import dev.tessera.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus metrics describe the whole installation: admins only. */
@QuarkusTest
class MetricsAccessTest {

    @Test
    void onlyAnAdminReadsMetrics() {
        Fixtures.user("translator", "tr").request().get("/q/metrics").then().statusCode(403);
        Fixtures.user("editor").request().get("/q/metrics").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(401);
        Fixtures.asAdmin().get("/q/metrics").then().statusCode(200);
    }
}
