package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.document.DocumentException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused document becomes a problem+json answer whose code says why. */
public class DocumentProblems {

    @ServerExceptionMapper
    public Response refused(DocumentException e) {
        return Problems.of(codeOf(e), e.getMessage()).toResponse();
    }

    /** The stable code of a refused document. */
    public static ErrorCode codeOf(DocumentException e) {
        return switch (e.kind()) {
            case UNSUPPORTED_FORMAT -> ErrorCode.UNSUPPORTED_FORMAT;
            case MALFORMED -> ErrorCode.MALFORMED_DOCUMENT;
            case NOTHING_TO_TRANSLATE -> ErrorCode.NOTHING_TO_TRANSLATE;
            case TOO_LARGE -> ErrorCode.DOCUMENT_TOO_LARGE;
            case UNSAFE_XML -> ErrorCode.UNSAFE_XML;
            case NUL_CHARACTER -> ErrorCode.NUL_CHARACTER;
        };
    }
}
