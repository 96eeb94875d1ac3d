package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.NulCharacters;
import dev.tessera.api.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The multipart import form, shared by {@code POST /api/articles} and the import page, and
 * the reading of its fields into an {@link ImportCommand}: each bad field is refused by name.
 */
public class ImportForm {
    @RestForm("file")
    public FileUpload file;
    @RestForm
    public String sourceLang;
    @RestForm
    public List<String> targetLangs;
    @RestForm
    public String externalId;
    @RestForm
    public String title;
    @RestForm
    public String format;
    @RestForm
    public String priority;
    @RestForm
    public String dueDate;

    /** The command of this form; the document is read once its size is known to be allowed. */
    public ImportCommand command(ImportConfig config) throws IOException {
        if (file == null) {
            throw Problems.invalidField("file", "a document file is required");
        }
        checkSize(file.size(), config);
        refuseNul();
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        return new ImportCommand(bytes, file.fileName(), file.contentType(), format, required("sourceLang", sourceLang),
                splitLanguages(targetLangs), blankToNull(externalId), blankToNull(title), priority(priority),
                dueDate(dueDate));
    }

    /** Form fields are not JSON and not query parameters: their NUL characters are refused here. */
    private void refuseNul() {
        NulCharacters.refuse("file", "form", file.fileName());
        NulCharacters.refuse("sourceLang", "form", sourceLang);
        NulCharacters.refuse("externalId", "form", externalId);
        NulCharacters.refuse("title", "form", title);
        NulCharacters.refuse("format", "form", format);
        NulCharacters.refuse("priority", "form", priority);
        NulCharacters.refuse("dueDate", "form", dueDate);
        if (targetLangs != null) {
            targetLangs.forEach(lang -> NulCharacters.refuse("targetLangs", "form", lang));
        }
    }

    public static void checkSize(long size, ImportConfig config) {
        long limit = config.maxDocumentSize().asLongValue();
        if (size > limit) {
            throw Problems.of(ErrorCode.DOCUMENT_TOO_LARGE, "The document has " + size + " bytes; the limit is " + limit);
        }
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, "is required");
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> splitLanguages(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> codes = values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return codes.isEmpty() ? null : codes;
    }

    static int priority(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int priority = Integer.parseInt(value.strip());
            if (priority < -1000 || priority > 1000) {
                throw Problems.invalidField("priority", "must be between -1000 and 1000");
            }
            return priority;
        } catch (NumberFormatException e) {
            throw Problems.invalidField("priority", "must be a whole number");
        }
    }

    static LocalDate dueDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField("dueDate", "must be a date like 2026-12-31");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            // PostgreSQL's date holds far more, but no client shows a five-digit year (see StrictJson).
            throw Problems.invalidField("dueDate", "must be a date between the years 1 and 9999");
        }
        return date;
    }
}
