package dev.tessera.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import asks for, however it arrived (multipart form or raw body).
 *
 * @param targetLangs  null for "every configured language but the source"
 * @param title        null for "the document's first sentence"
 */
public record ImportCommand(byte[] bytes, String fileName, String contentType, String format,
                            String sourceLang, List<String> targetLangs, String externalId, String title,
                            int priority, LocalDate dueDate) {

    /** New bytes for an existing article: only the document and how to read it; the rest stays the article's. */
    public static ImportCommand newSource(byte[] bytes, String fileName, String contentType, String format) {
        return new ImportCommand(bytes, fileName, contentType, format, null, null, null, null, 0, null);
    }
}
