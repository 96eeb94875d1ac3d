package dev.tessera.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON that parses but does not fit the request type (a list where a text belongs, say)
 * becomes a 400 problem naming the field; Quarkus's own answer to it is plain JSON.
 */
public class JsonProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String message = "has the wrong JSON type"
                + (e.getTargetType() != null ? " (expected " + describe(e.getTargetType()) + ")" : "");
        if (field.isEmpty()) {
            return Problems.of(ErrorCode.MALFORMED_JSON, "The body does not have the expected shape").toResponse();
        }
        return Problems.invalidField(field, message).toResponse();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        return "an object";
    }

}
