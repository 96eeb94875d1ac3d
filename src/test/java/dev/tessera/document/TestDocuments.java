package dev.tessera.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test documents from {@code src/test/resources/document/}. */
final class TestDocuments {

    private TestDocuments() {
    }

    static byte[] read(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/document/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
