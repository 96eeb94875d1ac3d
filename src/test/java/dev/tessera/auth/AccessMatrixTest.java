package dev.tessera.auth;

import static dev.tessera.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code /api} endpoint, called with no credentials, a wrong token, a revoked token,
 * and as each role: 401, 401, 401, then 403 for roles that may not use it and success for
 * those that may. The list is checked against the OpenAPI document, so a new endpoint
 * without a row here fails the suite.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final Set<String> EVERYONE = Set.of("translator", "reviewer", "editor", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> EDITORS = Set.of("editor", "admin");
    private static final Set<String> REVIEWERS = Set.of("reviewer", "editor", "admin");

    /** One endpoint: who may call it, and how to make a valid call as a given account. */
    record Endpoint(String method, String path, Set<String> allowed,
                    BiFunction<RequestSpecification, Account, Response> call) {
    }

    private final Map<String, Account> byRole = new LinkedHashMap<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private String revokedToken;

    /** Runs once, from the first test (RestAssured knows the test port only from then on). */
    private void setUp() {
        if (!endpoints.isEmpty()) {
            return;
        }
        for (String role : EVERYONE) {
            byRole.put(role, Fixtures.user(role, "tr"));
        }
        Account victim = Fixtures.user("translator", "en");
        var created = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "to revoke", "userId", victim.id()))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath();
        revokedToken = created.getString("token");
        asAdmin().delete("/api/tokens/" + created.getLong("id")).then().statusCode(200);

        add("GET", "/api/me", EVERYONE, (r, a) -> r.get("/api/me"));
        add("PUT", "/api/me/password", EVERYONE, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD))
                .put("/api/me/password"));
        add("GET", "/api/languages", EVERYONE, (r, a) -> r.get("/api/languages"));
        add("GET", "/api/checks", EVERYONE, (r, a) -> r.get("/api/checks"));
        add("GET", "/api/users", ADMIN, (r, a) -> r.get("/api/users"));
        add("POST", "/api/users", ADMIN, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("username", Fixtures.uniqueName("m"), "password", Fixtures.PASSWORD))
                .post("/api/users"));
        add("GET", "/api/users/{id}", ADMIN, (r, a) -> r.get("/api/users/" + victim.id()));
        add("PATCH", "/api/users/{id}", ADMIN, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("displayName", "Victim")).patch("/api/users/" + victim.id()));
        add("GET", "/api/tokens", EVERYONE, (r, a) -> r.get("/api/tokens"));
        add("POST", "/api/tokens", EVERYONE, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("name", "matrix")).post("/api/tokens"));
        long article = asAdmin().multiPart("file", "m.txt", uniqueText()).multiPart("sourceLang", "en")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        add("POST", "/api/articles", EDITORS, (r, a) -> r.multiPart("file", "m.txt", uniqueText())
                .multiPart("sourceLang", "en").post("/api/articles"));
        add("PUT", "/api/articles/by-external-id/{externalId}", EDITORS, (r, a) -> r.contentType("text/plain")
                .body(uniqueText()).put("/api/articles/by-external-id/" + Fixtures.uniqueName("m") + "?sourceLang=en"));
        add("GET", "/api/articles", EVERYONE, (r, a) -> r.get("/api/articles"));
        add("GET", "/api/articles/{id}", EVERYONE, (r, a) -> r.get("/api/articles/" + article));
        add("PATCH", "/api/articles/{id}", EDITORS, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("priority", 3)).patch("/api/articles/" + article));
        add("DELETE", "/api/articles/{id}", EDITORS, (r, a) -> r.delete("/api/articles/" + Work.article(1, "tr", 0)));
        add("GET", "/api/articles/{id}/progress", EVERYONE, (r, a) -> r.get("/api/articles/" + article + "/progress"));
        add("GET", "/api/articles/{id}/segments", EVERYONE, (r, a) -> r.get("/api/articles/" + article + "/segments"));
        add("GET", "/api/articles/{id}/source", EVERYONE, (r, a) -> r.get("/api/articles/" + article + "/source"));
        add("PUT", "/api/articles/{id}/source", EDITORS, (r, a) -> r.contentType("text/plain").body(uniqueText())
                .put("/api/articles/" + article + "/source"));
        long fixArticle = Work.article(1000, "tr", 0); // split and merge-next take a fresh paragraph per call
        List<Long> fixable = Work.segments(fixArticle).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
        java.util.concurrent.atomic.AtomicInteger paragraph = new java.util.concurrent.atomic.AtomicInteger();
        add("POST", "/api/articles/{id}/segments/{segmentId}/split", EDITORS, (r, a) -> {
            long segment = fixable.get(5 * paragraph.incrementAndGet() + 1); // the second sentence of a paragraph
            return r.contentType(ContentType.JSON).body(Map.of("offset", 9))
                    .post("/api/articles/" + fixArticle + "/segments/" + segment + "/split");
        });
        add("POST", "/api/articles/{id}/segments/{segmentId}/merge-next", EDITORS, (r, a) -> {
            long segment = fixable.get(5 * paragraph.incrementAndGet() + 2); // the third: its next is in the paragraph
            return r.post("/api/articles/" + fixArticle + "/segments/" + segment + "/merge-next");
        });
        add("GET", "/api/progress", EVERYONE, (r, a) -> r.get("/api/progress"));
        add("GET", "/api/articles/{id}/xliff", EVERYONE, (r, a) -> r.get("/api/articles/" + article + "/xliff?lang=tr"));
        byte[] xliff = asAdmin().get("/api/articles/" + article + "/xliff?lang=tr").then().statusCode(200)
                .extract().asByteArray();
        add("POST", "/api/articles/{id}/xliff", EVERYONE, (r, a) -> r.multiPart("file", "a.xlf", xliff)
                .post("/api/articles/" + article + "/xliff"));
        add("GET", "/api/xliff", EVERYONE, (r, a) -> r.get("/api/xliff?lang=tr&articleIds=" + article));
        byte[] zip = asAdmin().get("/api/xliff?lang=tr&articleIds=" + article).then().statusCode(200)
                .extract().asByteArray();
        add("POST", "/api/xliff", EVERYONE, (r, a) -> r.multiPart("file", "tr.zip", zip).post("/api/xliff"));
        add("POST", "/api/queue/{lang}/claim", EVERYONE, (r, a) -> r.post("/api/queue/tr/claim?limit=1"));
        add("POST", "/api/queue/release", EVERYONE, (r, a) -> r.post("/api/queue/release"));
        add("GET", "/api/queue/{lang}", EVERYONE, (r, a) -> r.get("/api/queue/tr"));

        List<Long> segments = Work.segments(Work.article(200, "tr", 0)).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        String path = "/api/segments/{segmentId}/translations/{lang}";
        add("GET", path, EVERYONE, (r, a) -> r.get("/api/segments/" + segments.get(0) + "/translations/tr"));
        add("PUT", path, EVERYONE, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("target", "Taslak.", "status", "DRAFT", "version", 0))
                .put("/api/segments/" + segments.get(next.incrementAndGet()) + "/translations/tr"));
        add("POST", path + "/approve", REVIEWERS, (r, a) -> {
            long segment = submitted(segments.get(next.incrementAndGet()));
            return r.contentType(ContentType.JSON).body(Map.of("version", 1))
                    .post("/api/segments/" + segment + "/translations/tr/approve");
        });
        add("POST", path + "/reject", REVIEWERS, (r, a) -> {
            long segment = submitted(segments.get(next.incrementAndGet()));
            return r.contentType(ContentType.JSON).body(Map.of("version", 1, "comment", "Yeniden"))
                    .post("/api/segments/" + segment + "/translations/tr/reject");
        });
        add("POST", path + "/checks", EVERYONE, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("target", "Bir cümle.")).post("/api/segments/" + segments.get(0) + "/translations/tr/checks"));
        add("POST", path + "/comments", EVERYONE, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("body", "Bir not")).post("/api/segments/" + segments.get(0) + "/translations/tr/comments"));
        add("GET", "/api/articles/{id}/translations/{lang}/document", EVERYONE,
                (r, a) -> r.get("/api/articles/" + article + "/translations/tr/document?draft=true"));
        long webhook = newWebhook();
        long delivery = firstDelivery(webhook);
        add("POST", "/api/webhooks", ADMIN, (r, a) -> r.contentType(ContentType.JSON).body(webhookBody()).post("/api/webhooks"));
        add("GET", "/api/webhooks", ADMIN, (r, a) -> r.get("/api/webhooks"));
        add("GET", "/api/webhooks/{id}", ADMIN, (r, a) -> r.get("/api/webhooks/" + webhook));
        add("PATCH", "/api/webhooks/{id}", ADMIN, (r, a) -> r.contentType(ContentType.JSON)
                .body(Map.of("description", "matrix")).patch("/api/webhooks/" + webhook));
        add("DELETE", "/api/webhooks/{id}", ADMIN, (r, a) -> r.delete("/api/webhooks/" + newWebhook()));
        add("POST", "/api/webhooks/{id}/rotate-secret", ADMIN, (r, a) -> r.post("/api/webhooks/" + webhook + "/rotate-secret"));
        add("POST", "/api/webhooks/{id}/test", ADMIN, (r, a) -> r.post("/api/webhooks/" + webhook + "/test"));
        add("GET", "/api/webhooks/{id}/deliveries", ADMIN, (r, a) -> r.get("/api/webhooks/" + webhook + "/deliveries"));
        add("POST", "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", ADMIN,
                (r, a) -> r.post("/api/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver"));
        add("GET", "/api/memory/suggest", EVERYONE,
                (r, a) -> r.get("/api/memory/suggest?sourceLang=en&targetLang=tr&text=A sentence to look up."));
        add("GET", "/api/memory/search", EVERYONE, (r, a) -> r.get("/api/memory/search?lang=en&q=sentence"));
        add("POST", "/api/memory/tmx", EDITORS, (r, a) -> r.multiPart("file", "m.tmx", ("<tmx version=\"1.4\">"
                + "<header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Matrix.</seg></tuv>"
                + "<tuv xml:lang=\"tr\"><seg>Matris.</seg></tuv></tu></body></tmx>").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/memory/tmx"));
        add("GET", "/api/memory/tmx", EDITORS, (r, a) -> r.get("/api/memory/tmx?sourceLang=en&targetLang=tr"));
        add("DELETE", "/api/tokens/{id}", EVERYONE, (r, a) -> {
            long own = given().header("Authorization", "Bearer " + a.token()).contentType(ContentType.JSON)
                    .body(Map.of("name", "to delete")).post("/api/tokens").then().extract().jsonPath().getLong("id");
            return r.delete("/api/tokens/" + own);
        });
    }

    /** Submits the segment's Turkish translation as the admin, so that someone else may review it. */
    private static long submitted(long segment) {
        Work.save(new Account(0, "admin", Fixtures.ADMIN_TOKEN), segment, "tr", "Bir cümle.", "TRANSLATED", 0)
                .then().statusCode(200);
        return segment;
    }

    /** An endpoint nobody listens at, subscribed to an event no test of this class causes. */
    private static Map<String, Object> webhookBody() {
        return Map.of("url", "http://127.0.0.1:9/matrix", "eventTypes", List.of("article.language.reopened"));
    }

    private static long newWebhook() {
        return asAdmin().contentType(ContentType.JSON).body(webhookBody()).post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath().getLong("endpoint.id");
    }

    /** Sends a test message and waits until its delivery is in the log (the worker creates it). */
    private static long firstDelivery(long webhook) {
        asAdmin().post("/api/webhooks/" + webhook + "/test").then().statusCode(202);
        for (int i = 0; i < 200; i++) {
            List<Long> ids = asAdmin().get("/api/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .extract().jsonPath().getList("items.id", Long.class);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The test message never became a delivery");
    }

    private static byte[] uniqueText() {
        return ("A sentence to translate, number " + System.nanoTime() + ". Another one.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void add(String method, String path, Set<String> allowed,
                     BiFunction<RequestSpecification, Account, Response> call) {
        endpoints.add(new Endpoint(method, path, allowed, call));
    }

    @Test
    void matrixCoversEveryApiOperation() {
        setUp();
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        Set<String> covered = new TreeSet<>();
        endpoints.forEach(e -> covered.add(e.method() + " " + e.path()));
        assertThat(covered).isEqualTo(documented);
    }

    @Test
    void noCredentialsWrongTokenOrRevokedTokenIs401() {
        setUp();
        Account anyone = byRole.get("admin");
        for (Endpoint e : endpoints) {
            for (RequestSpecification request : List.of(
                    given(),
                    given().header("Authorization", "Bearer tsr_not_a_real_token"),
                    given().header("Authorization", "Bearer " + revokedToken),
                    given().header("Authorization", "Basic YWRtaW46YWRtaW4="))) {
                Response response = e.call().apply(request, anyone);
                assertThat(response.statusCode()).as(e.method() + " " + e.path()).isEqualTo(401);
                assertThat(response.contentType()).as(e.method() + " " + e.path()).startsWith("application/problem+json");
                response.then().body("code", equalTo("UNAUTHENTICATED"));
            }
        }
    }

    @Test
    void eachRoleGetsExactlyWhatItMayUse() {
        setUp();
        for (Endpoint e : endpoints) {
            byRole.forEach((role, account) -> {
                Response response = e.call().apply(account.request(), account);
                String what = role + " " + e.method() + " " + e.path();
                if (e.allowed().contains(role)) {
                    assertThat(response.statusCode()).as(what).isBetween(200, 299);
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                    response.then().contentType("application/problem+json").body("code", equalTo("ROLE_MISSING"));
                }
            });
        }
    }
}
