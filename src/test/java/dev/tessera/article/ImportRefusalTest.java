package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets its own 4xx problem+json answer and leaves the article tables
 * exactly as they were.
 */
@QuarkusTest
class ImportRefusalTest {

    @Inject
    AgroalDataSource dataSource;

    private Account editor;

    @BeforeEach
    void editor() {
        editor = Fixtures.user("editor");
    }

    private void refused(int status, String code, Supplier<ValidatableResponse> call) {
        Map<String, Long> before = RowCounts.of(dataSource);
        call.get().statusCode(status).contentType("application/problem+json").body("code", equalTo(code))
                .body(not(containsString("Exception")));
        assertThat(RowCounts.of(dataSource)).as("rows after a refused import").isEqualTo(before);
    }

    private ValidatableResponse upload(String resource, String sourceLang, Map<String, String> fields) {
        return Articles.importFile(editor.request(), resource, sourceLang, fields).then();
    }

    @Test
    void unknownFormatIs415() {
        refused(415, "UNSUPPORTED_FORMAT", () -> upload("en/briefing.txt", "en", Map.of("format", "pdf")));
        refused(415, "UNSUPPORTED_FORMAT", () -> editor.request()
                .multiPart("file", "scan.pdf", "%PDF-1.7 binary".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("sourceLang", "en").post("/api/articles").then());
    }

    @Test
    void bytesThatAreNotTheDeclaredFormatAre422() {
        refused(422, "MALFORMED_DOCUMENT", () -> upload("bad/not-utf8.md", "tr", Map.of()));
        refused(422, "MALFORMED_DOCUMENT", () -> upload("bad/binary.html", "en", Map.of()));
        refused(422, "MALFORMED_DOCUMENT", () -> upload("bad/broken.json", "en", Map.of()));
        refused(422, "MALFORMED_DOCUMENT", () -> upload("bad/not-a-zip.docx", "en", Map.of()));
    }

    @Test
    void documentWithNothingToTranslateIs422() {
        refused(422, "NOTHING_TO_TRANSLATE", () -> upload("bad/empty.html", "en", Map.of()));
        refused(422, "NOTHING_TO_TRANSLATE", () -> upload("bad/only-markup.html", "en", Map.of()));
    }

    @Test
    void xmlWithEntitiesOrDtdIsRefusedWithoutFetching() throws Exception {
        refused(422, "UNSAFE_XML", () -> upload("bad/xxe.xlf", "en", Map.of()));
        refused(422, "UNSAFE_XML", () -> upload("bad/dtd-fetch.xlf", "en", Map.of()));
        // An entity pointing at a file the test controls: its content must appear nowhere.
        Path secret = Files.createTempFile("tessera-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-" + System.nanoTime());
        String xliff = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY leak SYSTEM "%s">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="a" source-language="en" datatype="plaintext"><body>
                  <trans-unit id="1"><source>Leak &leak; now.</source></trans-unit>
                 </body></file></xliff>""".formatted(secret.toUri());
        refused(422, "UNSAFE_XML", () -> editor.request()
                .multiPart("file", "leak.xlf", xliff.getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "en").post("/api/articles").then()
                .body(not(containsString("TOP-SECRET"))));
    }

    @Test
    void docxZipBombIsRefused() {
        refused(413, "DOCUMENT_TOO_LARGE", () -> upload("bad/zip-bomb.docx", "en", Map.of()));
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        refused(413, "DOCUMENT_TOO_LARGE", () -> editor.request()
                .multiPart("file", "big.txt", big, "text/plain").multiPart("sourceLang", "en")
                .post("/api/articles").then());
        refused(413, "DOCUMENT_TOO_LARGE", () -> editor.request().contentType("text/plain").body(big)
                .put("/api/articles/by-external-id/" + Fixtures.uniqueName("big") + "?sourceLang=en").then());
    }

    @Test
    void bodyOverTheHttpCeilingIs413BeforeItIsSent() throws Exception {
        Map<String, Long> before = RowCounts.of(dataSource);
        // Only the headers are sent: the declared length alone must be refused.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            String head = "PUT /api/articles/by-external-id/huge?sourceLang=en HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + editor.token() + "\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + (40L * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            byte[] buffer = new byte[4096];
            int read = socket.getInputStream().read(buffer);
            String response = read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    @Test
    void unknownLanguageIs400() {
        refused(400, "UNKNOWN_LANGUAGE", () -> upload("en/briefing.txt", "de", Map.of()));
        refused(400, "UNKNOWN_LANGUAGE", () -> upload("en/briefing.txt", "en", Map.of("targetLangs", "tr,fr")));
        refused(400, "VALIDATION_FAILED", () -> upload("en/briefing.txt", "en", Map.of("targetLangs", "en,tr")));
    }

    @Test
    void missingOrInvalidFieldsAreNamed() {
        refused(400, "VALIDATION_FAILED", () -> editor.request().multiPart("sourceLang", "en")
                .post("/api/articles").then().body("violations[0].field", equalTo("file")));
        refused(400, "VALIDATION_FAILED", () -> upload("en/briefing.txt", "en", Map.of("dueDate", "next week"))
                .body("violations[0].field", equalTo("dueDate")));
        refused(400, "VALIDATION_FAILED", () -> upload("en/briefing.txt", "en", Map.of("priority", "high"))
                .body("violations[0].field", equalTo("priority")));
        refused(400, "VALIDATION_FAILED", () -> editor.request().multiPart("file", "a.txt", "Hello there.".getBytes())
                .post("/api/articles").then().body("violations[0].field", equalTo("sourceLang")));
    }

    @Test
    void externalIdOfAnotherSourceIsAConflict() {
        String externalId = Fixtures.uniqueName("cms");
        upload("en/briefing.txt", "en", Map.of("externalId", externalId)).statusCode(201);
        refused(409, "SOURCE_CHANGED", () -> upload("en/central-banks.md", "en", Map.of("externalId", externalId)));
    }
}
