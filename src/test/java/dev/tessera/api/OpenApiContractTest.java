package dev.tessera.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.auth.Role;
import dev.tessera.status.Status;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API document is good enough to generate clients from: every operation has a unique
 * {@code operationId}, every 200/201 body has a schema, statuses and roles are enumerations, a
 * body can be refused with 400, a secured operation documents 401 and 403, an error code named in
 * a response sits under its own status, and the bearer scheme is an opaque token.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*_[A-Z_]*[A-Z]\\b|\\b[A-Z]{5,}\\b");

    @Test
    void theServedDocumentHasNoFlaw() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertThat(flaws(document)).isEmpty();
        assertThat(document.at("/paths").size()).isGreaterThan(30);
        JsonNode scheme = document.at("/components/securitySchemes/bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.has("bearerFormat")).as("an opaque token, not a JWT").isFalse();
        assertThat(values(document.at("/components/schemas/Status/enum")))
                .containsExactlyElementsOf(Arrays.stream(Status.values()).map(Enum::name).toList());
        assertThat(values(document.at("/components/schemas/Role/enum")))
                .containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::id).toList());
        assertThat(document.at("/paths/~1api~1articles~1{id}/patch/responses/409/description").asText())
                .contains("REMOVAL_UNCONFIRMED");
    }

    /** Each flaw the check looks for is found in a document that has it (the check can fail). */
    @Test
    void theCheckFindsEachFlaw() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"paths": {
                  "/a": {"post": {"requestBody": {"content": {}}, "security": [{"bearer": []}],
                                  "responses": {"201": {"description": "Created"},
                                                "409": {"description": "ARTICLE_ARCHIVED: gone"}}}},
                  "/b": {"get": {"operationId": "same", "responses": {"200": {"description": "ok",
                                  "content": {"application/json": {}}}}}},
                  "/c": {"get": {"operationId": "same", "responses": {"200": {"description": "ok",
                                  "content": {"application/json": {"schema": {"type": "string"}}}}}}}},
                 "components": {"schemas": {"View": {"properties": {
                    "status": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string"}}}}}}}
                """);
        assertThat(flaws(bad)).containsExactlyInAnyOrder(
                "POST /a: no operationId",
                "POST /a: 201 without a body schema",
                "POST /a: a body but no 400",
                "POST /a: secured but no 401",
                "POST /a: secured but no 403",
                "POST /a: ARTICLE_ARCHIVED named under 409, it answers 410",
                "GET /b: 200 application/json without a schema",
                "GET /c: operationId 'same' used twice",
                "schema View: status is a plain string",
                "schema View: roles are plain strings");
    }

    static List<String> flaws(JsonNode document) {
        List<String> flaws = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>(Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode op = entry.getValue();
            JsonNode responses = op.path("responses");
            String id = op.path("operationId").asText("");
            if (id.isEmpty()) {
                flaws.add(name + ": no operationId");
            } else if (!ids.add(id)) {
                flaws.add(name + ": operationId '" + id + "' used twice");
            }
            for (String status : List.of("200", "201")) {
                JsonNode response = responses.path(status);
                if (response.isMissingNode()) {
                    continue;
                }
                if (!response.has("content") || response.path("content").isEmpty()) {
                    flaws.add(name + ": " + status + " without a body schema");
                }
                response.path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (media.getKey().contains("json") && !schema.has("$ref") && !schema.has("type")) {
                        flaws.add(name + ": " + status + " " + media.getKey() + " without a schema");
                    }
                });
            }
            if (op.has("requestBody") && !responses.has("400")) {
                flaws.add(name + ": a body but no 400");
            }
            if (op.has("security") && !op.path("security").isEmpty()) {
                for (String status : List.of("401", "403")) {
                    if (!responses.has(status)) {
                        flaws.add(name + ": secured but no " + status);
                    }
                }
            }
            responses.fields().forEachRemaining(response -> {
                Matcher m = CODE.matcher(response.getValue().path("description").asText(""));
                while (m.find()) {
                    if (codes.contains(m.group())) {
                        int status = ErrorCode.valueOf(m.group()).status();
                        if (!response.getKey().equals(String.valueOf(status))) {
                            flaws.add(name + ": " + m.group() + " named under " + response.getKey() + ", it answers " + status);
                        }
                    }
                }
            });
        }));
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            for (Map.Entry<String, JsonNode> property : iterable(schema.getValue().path("properties"))) {
                JsonNode value = property.getValue();
                boolean plain = "string".equals(value.path("type").asText()) && !value.has("enum") && !value.has("$ref");
                if (Set.of("status", "oldStatus", "newStatus").contains(property.getKey()) && plain) {
                    flaws.add("schema " + schema.getKey() + ": " + property.getKey() + " is a plain string");
                }
                JsonNode items = value.path("items");
                if ("roles".equals(property.getKey()) && "string".equals(items.path("type").asText())
                        && !items.has("enum") && !items.has("$ref")) {
                    flaws.add("schema " + schema.getKey() + ": roles are plain strings");
                }
            }
        });
        return flaws;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
