package dev.tessera.exchange;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.document.XliffVersion;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The query parameters, uploads and downloads the two XLIFF resources share. */
@ApplicationScoped
public class ExchangeRequests {

    private final ExchangeConfig config;

    public ExchangeRequests(ExchangeConfig config) {
        this.config = config;
    }

    /** The uploaded file's bytes, after the size limit (checked before reading). */
    public byte[] upload(FileUpload file) throws IOException {
        if (file == null) {
            throw Problems.invalidField("file", "an XLIFF or ZIP file is required");
        }
        long limit = config.maxFileSize().asLongValue();
        if (file.size() > limit) {
            throw Problems.of(ErrorCode.DOCUMENT_TOO_LARGE, "The file has " + file.size() + " bytes; the limit is " + limit);
        }
        return Files.readAllBytes(file.uploadedFile());
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, "is required");
        }
        return value.strip();
    }

    /** {@code 1.2} (the default, which every CAT tool reads) or {@code 2.0}. */
    static XliffVersion version(String value) {
        if (value == null || value.isBlank()) {
            return XliffVersion.V1_2;
        }
        return XliffVersion.fromLabel(value.strip())
                .orElseThrow(() -> Problems.invalidField("version", "must be 1.2 or 2.0"));
    }

    /** A comma-separated list of statuses; empty means all. */
    static Set<Status> statuses(String value) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String name : split(value)) {
            try {
                statuses.add(Status.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw Problems.invalidField("status", "must be among " + Arrays.toString(Status.values()));
            }
        }
        return statuses;
    }

    /** A comma-separated list of article ids; empty means none given. */
    static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String id : split(value)) {
                try {
                    ids.add(Long.parseLong(id));
                } catch (NumberFormatException e) {
                    throw Problems.invalidField("articleIds", "must be article ids separated by commas");
                }
            }
        }
        return ids;
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Response attachment(byte[] bytes, String contentType, String fileName) {
        return Response.ok(bytes, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
