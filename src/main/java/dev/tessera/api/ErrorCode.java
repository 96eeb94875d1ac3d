package dev.tessera.api;

import java.net.URI;
import java.util.Locale;

/**
 * Stable error codes of the API. Each becomes the problem+json {@code type}
 * ({@code urn:tessera:problem:<code>}) and the {@code code} member, so clients can branch on
 * them without parsing messages.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Bad request"),
    VALIDATION_FAILED(400, "Validation failed"),
    MALFORMED_JSON(400, "Malformed JSON"),
    MALFORMED_MULTIPART(400, "Malformed multipart body"),
    NUL_CHARACTER(400, "NUL character"),
    UNKNOWN_LANGUAGE(400, "Unknown language"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    CSRF_TOKEN_INVALID(403, "Form token missing or wrong"),
    SELF_APPROVAL(403, "Self-approval not allowed"),
    NOT_IN_LANGUAGE(403, "Not in the user's languages"),
    ROLE_MISSING(403, "Role missing"),
    CSRF_REJECTED(403, "Cross-site request refused"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    USERNAME_TAKEN(409, "Username taken"),
    LAST_ADMIN(409, "Last admin"),
    SOURCE_CHANGED(409, "Source changed"),
    VERSION_CONFLICT(409, "Version conflict"),
    CLAIMED_BY_ANOTHER(409, "Claimed by another user"),
    WRONG_STATUS(409, "Not allowed in this status"),
    LANGUAGE_INCOMPLETE(409, "Language incomplete"),
    SOURCE_LANGUAGE_MISMATCH(409, "Source language differs from the article's"),
    MERGE_ACROSS_TEXT_UNITS(409, "Segments of different text units cannot be merged"),
    NO_NEXT_SEGMENT(409, "No next segment to merge with"),
    REMOVAL_UNCONFIRMED(409, "Removing a target language needs confirmation"),
    SEGMENT_REMOVED(410, "Segment removed from the article"),
    ARTICLE_ARCHIVED(410, "Article archived"),
    LANGUAGE_REMOVED(410, "Language removed from the article"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    DOCUMENT_TOO_LARGE(413, "Document too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNSUPPORTED_FORMAT(415, "Unsupported document format"),
    UNPROCESSABLE(422, "Unprocessable content"),
    MALFORMED_DOCUMENT(422, "Malformed document"),
    NOTHING_TO_TRANSLATE(422, "Nothing to translate"),
    UNSAFE_XML(422, "Unsafe XML"),
    CHECKS_FAILED(422, "Checks failed"),
    WRONG_ARTICLE(422, "File of another article"),
    WRONG_LANGUAGE(422, "File of another language"),
    UNSAFE_ARCHIVE(422, "Unsafe archive"),
    SPLIT_UNBALANCED_CODES(422, "Split would break an inline-code pair"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    // Accessors like DocumentFormat's: plain enum fields.
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("urn:tessera:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The code a response without a more precise one gets, by HTTP status. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
