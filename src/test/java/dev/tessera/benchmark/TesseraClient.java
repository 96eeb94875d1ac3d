package dev.tessera.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * One user's connection to a running service (the packaged one that {@code WorkflowBenchmark}
 * starts, or the Quarkus test application): HTTP/1.1 with keep-alive (one client per user, as
 * one browser would be), bearer token, JSON parsed with Jackson.
 */
final class TesseraClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CRLF = {'\r', '\n'};

    /** An answer: status and parsed body. */
    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    TesseraClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Answer post(String path, Object json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(body(json)).build());
    }

    Answer put(String path, Object json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(body(json)).build());
    }

    /** Imports a plain-text article (multipart, as the import form sends it). */
    Answer importText(String text, String sourceLang, String targetLangs, int priority)
            throws IOException, InterruptedException {
        return importDocument(text.getBytes(StandardCharsets.UTF_8), "article.txt", "text/plain",
                Map.of("sourceLang", sourceLang, "targetLangs", targetLangs, "priority", String.valueOf(priority)));
    }

    /** Imports a document: {@code POST /api/articles}, multipart, the file part then one part per field. */
    Answer importDocument(byte[] document, String fileName, String contentType, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "----tessera" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 1024);
        out.writeBytes(partHead(boundary, "name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType));
        out.writeBytes(document);
        out.writeBytes(CRLF);
        fields.forEach((name, value) -> {
            out.writeBytes(partHead(boundary, "name=\"" + name + "\""));
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/articles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    private static byte[] partHead(String boundary, String disposition) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(Object json) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(json));
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
        return new Answer(response.statusCode(), body);
    }

    static JsonNode expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.status() + " "
                    + answer.body());
        }
        return answer.body();
    }
}
