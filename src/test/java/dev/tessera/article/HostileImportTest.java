package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile imports: documents that break the filters, NUL characters in form fields and
 * documents, far-off dates, a multipart body cut short, and text encodings announced only by
 * a byte-order mark. Each refusal is a 4xx with its own code and leaves the article tables as
 * they were.
 */
@QuarkusTest
class HostileImportTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MIXED = "Türkçe: İstanbul'da ılık bir gün. Русский: Экономика растёт.";

    @Inject
    AgroalDataSource dataSource;

    private Account editor;

    @BeforeEach
    void editor() {
        editor = Fixtures.user("editor");
    }

    @Test
    void markdownNestedThreeThousandLevelsFailsTheImportInsteadOfImportingNothing() {
        byte[] nested = (">".repeat(3000) + " Deep thought.\n").getBytes(StandardCharsets.UTF_8);
        refused(422, "MALFORMED_DOCUMENT", () -> upload("deep.md", nested, Map.of()));
        refused(422, "MALFORMED_DOCUMENT", () -> put(Fixtures.uniqueName("deep"), "deep.md", nested));
    }

    @Test
    void aDocumentWithoutSegmentsIsRefusedOnBothImportPaths() {
        byte[] empty = "<html><body><p>   </p><img src=\"a.png\"></body></html>".getBytes(StandardCharsets.UTF_8);
        refused(422, "NOTHING_TO_TRANSLATE", () -> upload("empty.html", empty, Map.of()));
        refused(422, "NOTHING_TO_TRANSLATE", () -> put(Fixtures.uniqueName("empty"), "empty.html", empty));
    }

    @Test
    void nulInAFormFieldIsRefusedNamingTheField() {
        byte[] html = "<p>Hello world.</p>".getBytes(StandardCharsets.UTF_8);
        refused(400, "NUL_CHARACTER", () -> upload("a.html", html, Map.of("title", "Energy\u0000 notes")))
                .body("violations.field", hasItem("title"));
        refused(400, "NUL_CHARACTER", () -> upload("a.html", html, Map.of("externalId", "ext\u0000-1")))
                .body("violations.field", hasItem("externalId"));
    }

    @Test
    void nulInTheTextOfADocumentIsRefused() {
        for (String html : List.of("<p>Hello&#0; world.</p>", "<p>Hello&#x0; world.</p>", "<p>Hello&#x00000; world.</p>")) {
            refused(400, "NUL_CHARACTER", () -> upload("nul.html", html.getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        byte[] json = "{\"title\": \"Hello\\u0000 world.\"}".getBytes(StandardCharsets.UTF_8);
        refused(400, "NUL_CHARACTER", () -> upload("nul.json", json, Map.of()));
    }

    @Test
    void aDueDateInYear999999999IsRefused() {
        byte[] html = "<p>Hello world.</p>".getBytes(StandardCharsets.UTF_8);
        refused(400, "VALIDATION_FAILED", () -> upload("a.html", html, Map.of("dueDate", "+999999999-12-31")))
                .body("violations.field", hasItem("dueDate"));
    }

    @Test
    void aMultipartBodyCutInTheMiddleIs400() throws Exception {
        String boundary = "tessera-cut-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"sourceLang\"\r\n\r\nen\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"cut.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n"
                + "<p>Hello world. This document is cut off in the mid";
        Map<String, Long> before = RowCounts.of(dataSource);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/articles"))
                .header("Authorization", "Bearer " + editor.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(answer.body()).contains("\"MALFORMED_MULTIPART\"").doesNotContain("Exception");
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    @Test
    void utf16HtmlWithAByteOrderMarkAndNoCharsetImportsItsText() {
        String html = "<html><body><p>" + MIXED + "</p></body></html>";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = withBom(html, charset);
            long id = upload("bom.html", bytes, Map.of("targetLangs", "en")).statusCode(201)
                    .extract().jsonPath().getLong("id");
            List<String> texts = editor.request().get("/api/articles/" + id + "/segments").then().statusCode(200)
                    .extract().jsonPath().getList("items.plainText", String.class);
            assertThat(texts).as(charset.name())
                    .containsExactly("Türkçe: İstanbul'da ılık bir gün.", "Русский: Экономика растёт.");
            String draft = new String(editor.request().get("/api/articles/" + id + "/translations/en/document?draft=true")
                    .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
            assertThat(draft).as("the reassembled page, written in UTF-8").contains(MIXED);
        }
    }

    @Test
    void textFormatsHonourTheirByteOrderMark() {
        byte[] markdown = withBom("# " + MIXED + "\n", StandardCharsets.UTF_16LE);
        long md = upload("bom.md", markdown, Map.of()).statusCode(201).extract().jsonPath().getLong("id");
        byte[] text = withBom(MIXED + "\n", StandardCharsets.UTF_8);
        long txt = upload("bom.txt", text, Map.of()).statusCode(201).extract().jsonPath().getLong("id");
        for (long id : new long[] {md, txt}) {
            assertThat(editor.request().get("/api/articles/" + id + "/segments").then().statusCode(200)
                    .extract().jsonPath().getList("items.plainText", String.class))
                    .containsExactly("Türkçe: İstanbul'da ılık bir gün.", "Русский: Экономика растёт.");
        }
    }

    private static byte[] withBom(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(charset));
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private ValidatableResponse refused(int status, String code, Supplier<ValidatableResponse> call) {
        Map<String, Long> before = RowCounts.of(dataSource);
        ValidatableResponse response = call.get().statusCode(status).contentType(PROBLEM).body("code", equalTo(code));
        assertThat(RowCounts.of(dataSource)).as("rows after a refused import").isEqualTo(before);
        return response;
    }

    private ValidatableResponse upload(String fileName, byte[] bytes, Map<String, String> fields) {
        var request = editor.request().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("sourceLang", "tr");
        fields.forEach((name, value) -> request.multiPart(name, value));
        return request.post("/api/articles").then();
    }

    private ValidatableResponse put(String externalId, String fileName, byte[] bytes) {
        return editor.request().contentType("application/octet-stream").body(bytes)
                .queryParam("sourceLang", "tr").queryParam("fileName", fileName)
                .put("/api/articles/by-external-id/" + externalId).then();
    }
}
