package dev.tessera.document;

import java.util.Objects;

/**
 * A document Tessera cannot import or reassemble, with a reason a caller can branch on.
 *
 * <p>It is the only exception that leaves this package for a bad document: whatever the
 * underlying library throws is turned into one of these with a short, human message, so no
 * stack trace or library type reaches an API client.
 */
public final class DocumentException extends RuntimeException {

    /** Why a document was refused. */
    public enum Kind {
        /** The format is unknown or could not be determined. */
        UNSUPPORTED_FORMAT,
        /** The bytes are not a valid document of the declared format. */
        MALFORMED,
        /** The document is valid but holds no translatable text. */
        NOTHING_TO_TRANSLATE,
        /** The document, or what it unpacks to, exceeds a configured limit. */
        TOO_LARGE,
        /** The XML declares a DTD or entities, which are never processed. */
        UNSAFE_XML,
        /** Text to translate holds a NUL character (HTML {@code &#0;}, JSON {@code \u0000}), which no text column can store. */
        NUL_CHARACTER
    }

    private final Kind kind;

    public DocumentException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
    }

    public DocumentException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
