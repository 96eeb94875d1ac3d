package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The last enabled admin can be neither demoted nor disabled, by themself or anyone (409
 * LAST_ADMIN, the account unchanged); with another admin left both are allowed. The test
 * disables the other admins of the shared test database for a moment and enables them again.
 */
@QuarkusTest
class LastAdminTest {

    @Test
    @SuppressWarnings("unchecked")
    void theLastAdminStaysAnEnabledAdmin() {
        long admin = userId("admin");
        List<Long> others = otherEnabledAdmins(admin);
        others.forEach(id -> setEnabled(id, false));
        try {
            Map<String, Object> before = user(admin);
            long users = Fixtures.asAdmin().get("/api/users?size=1").then().extract().jsonPath().getLong("total");

            patch(admin, Map.of("roles", List.of("editor"))).then().statusCode(409)
                    .contentType("application/problem+json").body("code", equalTo("LAST_ADMIN"));
            patch(admin, Map.of("enabled", false)).then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
            patch(admin, Map.of("roles", List.of("admin", "editor"), "enabled", true)).then().statusCode(200);

            Map<String, Object> after = user(admin);
            assertThat(after.get("enabled")).isEqualTo(true);
            assertThat((List<Object>) after.get("roles")).contains("admin");
            assertThat(after.get("displayName")).isEqualTo(before.get("displayName"));
            assertThat(Fixtures.asAdmin().get("/api/users?size=1").then().extract().jsonPath().getLong("total"))
                    .isEqualTo(users);
        } finally {
            others.forEach(id -> setEnabled(id, true));
            patch(admin, Map.of("roles", List.of("admin"))).then().statusCode(200);
        }
    }

    @Test
    void anAdminWithAnotherAdminLeftMayBeDemotedAndDisabled() {
        long second = Fixtures.user("admin").id();
        patch(second, Map.of("enabled", false)).then().statusCode(200).body("enabled", equalTo(false));
        patch(second, Map.of("enabled", true)).then().statusCode(200);
        patch(second, Map.of("roles", List.of("editor"))).then().statusCode(200).body("roles", equalTo(List.of("editor")));
    }

    private static io.restassured.response.Response patch(long id, Map<String, Object> body) {
        return Fixtures.asAdmin().contentType(ContentType.JSON).body(body).patch("/api/users/" + id);
    }

    private static Map<String, Object> user(long id) {
        return Fixtures.asAdmin().get("/api/users/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static void setEnabled(long id, boolean enabled) {
        patch(id, Map.of("enabled", enabled)).then().statusCode(200);
    }

    private static long userId(String username) {
        return allUsers().stream().filter(u -> username.equals(u.get("username")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static List<Long> otherEnabledAdmins(long admin) {
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> u : allUsers()) {
            long id = ((Number) u.get("id")).longValue();
            if (id != admin && Boolean.TRUE.equals(u.get("enabled")) && ((List<?>) u.get("roles")).contains("admin")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<Map<String, Object>> allUsers() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = Fixtures.asAdmin().get("/api/users?size=500&page=" + page)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            all.addAll(items);
            if (items.size() < 500) {
                return all;
            }
        }
    }
}
