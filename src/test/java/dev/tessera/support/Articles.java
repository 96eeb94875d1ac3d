package dev.tessera.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Importing the test articles under {@code src/test/resources/articles} through the API. */
public final class Articles {

    private Articles() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test article " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multipart import of a test article as the given party, with extra form fields. */
    public static Response importFile(RequestSpecification as, String resource, String sourceLang,
                                      Map<String, String> fields) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        RequestSpecification request = as.multiPart("file", fileName, bytes(resource), "application/octet-stream")
                .multiPart("sourceLang", sourceLang);
        fields.forEach(request::multiPart);
        return request.post("/api/articles");
    }

    public static Response importFile(RequestSpecification as, String resource, String sourceLang) {
        return importFile(as, resource, sourceLang, Map.of());
    }
}
