package dev.tessera.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document formats Tessera accepts, named the way the API names them.
 *
 * <p>An article's format decides which filter configuration extracts and reassembles it, so
 * the format must be fixed once at import; this enum is how a request's format parameter,
 * file name or content type is turned into one.
 */
public enum DocumentFormat {
    HTML("html", "text/html", "html"),
    MARKDOWN("markdown", "text/markdown", "md"),
    PLAIN_TEXT("text", "text/plain", "txt"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLIFF_1_2("xliff", "application/xliff+xml", "xlf"),
    XLIFF_2("xliff2", "application/xliff+xml", "xlf"),
    JSON("json", "application/json", "json");

    private static final int SNIFF_BYTES = 4096;

    private final String apiName;
    private final String contentType;
    private final String extension;

    DocumentFormat(String apiName, String contentType, String extension) {
        this.apiName = apiName;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The stable lowercase name used in the API and stored with an article. */
    public String apiName() {
        return apiName;
    }

    /** The media type of documents in this format (also of reassembled output). */
    public String contentType() {
        return contentType;
    }

    /** The default file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format with this API name (or enum constant name), ignoring case. */
    public static Optional<DocumentFormat> fromName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.apiName.equals(key) || f.name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    /**
     * The format implied by a file name's extension. {@code .xlf} and {@code .xliff} give
     * XLIFF 1.2 here; {@link #resolve} looks at the bytes to tell XLIFF 2 apart.
     */
    public static Optional<DocumentFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT)) {
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "txt" -> Optional.of(PLAIN_TEXT);
            case "docx" -> Optional.of(DOCX);
            case "xlf", "xliff" -> Optional.of(XLIFF_1_2);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format implied by a media type; parameters such as {@code charset} are ignored. */
    public static Optional<DocumentFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "text/markdown", "text/x-markdown" -> Optional.of(MARKDOWN);
            case "text/plain" -> Optional.of(PLAIN_TEXT);
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Optional.of(DOCX);
            case "application/xliff+xml", "application/x-xliff+xml" -> Optional.of(XLIFF_1_2);
            case "application/json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /**
     * Decides a document's format from, in this order: the explicit format parameter, the
     * file name, the content type, and finally the bytes themselves. An XLIFF document not
     * named explicitly is told apart as 1.2 or 2 by its {@code version} attribute.
     *
     * @throws DocumentException {@link DocumentException.Kind#UNSUPPORTED_FORMAT} when the
     *         parameter names no format or nothing identifies one
     */
    public static DocumentFormat resolve(String formatParam, String fileName, String contentType, byte[] bytes) {
        if (formatParam != null && !formatParam.isBlank()) {
            return fromName(formatParam).orElseThrow(() -> new DocumentException(
                    DocumentException.Kind.UNSUPPORTED_FORMAT,
                    "Unknown format '" + formatParam.strip() + "'; supported: " + supportedNames()));
        }
        Optional<DocumentFormat> found = fromFileName(fileName).or(() -> fromContentType(contentType));
        if (found.isEmpty()) {
            found = sniff(bytes);
        }
        DocumentFormat format = found.orElseThrow(() -> new DocumentException(
                DocumentException.Kind.UNSUPPORTED_FORMAT,
                "Cannot tell the document's format; give one of: " + supportedNames()));
        if (format == XLIFF_1_2 && bytes != null && isXliff2(bytes)) {
            return XLIFF_2;
        }
        return format;
    }

    /** The API names, comma-separated, for messages. */
    public static String supportedNames() {
        return Arrays.stream(values()).map(DocumentFormat::apiName).collect(Collectors.joining(", "));
    }

    private static Optional<DocumentFormat> sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Optional.of(DOCX);
        }
        String head = head(bytes).stripLeading().toLowerCase(Locale.ROOT);
        if (head.contains("<xliff")) {
            return Optional.of(XLIFF_1_2);
        }
        if (head.startsWith("<!doctype html") || head.contains("<html")) {
            return Optional.of(HTML);
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    private static boolean isXliff2(byte[] bytes) {
        String head = head(bytes);
        int xliff = head.indexOf("<xliff");
        if (xliff < 0) {
            return false;
        }
        int end = head.indexOf('>', xliff);
        String tag = end < 0 ? head.substring(xliff) : head.substring(xliff, end);
        return tag.matches("(?s).*\\sversion\\s*=\\s*[\"']2\\..*");
    }

    private static String head(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        return head.startsWith("\uFEFF") ? head.substring(1) : head;
    }
}
