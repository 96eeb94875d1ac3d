package dev.tessera.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that parses but breaks one of {@link StrictJson}'s rules. Jackson adds the
 * field path as the exception travels up, so the answer can name the field.
 */
public final class JsonFieldException extends JsonMappingException {

    private final transient ErrorCode code;

    JsonFieldException(JsonParser parser, ErrorCode code, String message) {
        super(parser, message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
