package dev.tessera.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON bodies that cannot be read become 400 problems in plain words: a value that does not
 * fit the request type (a list where a text belongs, say) names the field and the expected
 * type; a syntax error says where it is. No Java class name, Jackson type or feature name
 * reaches the client (Jackson's own messages carry them, and Quarkus's answer is plain JSON).
 */
public class JsonProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        return fieldProblem(e, "has the wrong JSON type");
    }

    /** A value of the wrong form, such as "abc" for a number (more specific than the mismatch above). */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidFormat(InvalidFormatException e) {
        return fieldProblem(e, "is not a valid value");
    }

    private static Response fieldProblem(MismatchedInputException e, String what) {
        String field = path(e);
        String message = what + (e.getTargetType() != null ? " (expected " + describe(e.getTargetType()) + ")" : "");
        if (field.isEmpty()) {
            return Problems.of(ErrorCode.MALFORMED_JSON, "The body does not have the expected shape").toResponse();
        }
        return Problems.invalidField(field, message).toResponse();
    }

    /** A value that breaks one of {@link StrictJson}'s rules. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response refusedField(JsonFieldException e) {
        String field = path(e);
        return Problems.invalid(e.code(), field.isEmpty() ? "body" : field, "body", e.getOriginalMessage()).toResponse();
    }

    /** Anything else Jackson refuses: syntax, duplicate keys, nesting, numbers out of range. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String detail = e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting")
                    ? "The JSON body is nested deeper than " + StrictJson.MAX_DEPTH + " levels"
                    : "The JSON body exceeds a size limit of the server";
            return Problems.of(ErrorCode.MALFORMED_JSON, detail).toResponse();
        }
        if (e instanceof JsonMappingException mapping && !path(mapping).isEmpty()) {
            return Problems.invalidField(path(mapping), "has a value that cannot be read").toResponse();
        }
        String detail = "The JSON body cannot be read: " + plain(e.getOriginalMessage());
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            detail += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return Problems.of(ErrorCode.MALFORMED_JSON, detail).toResponse();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Jackson's first line, without its source excerpt, type names in back-quotes or feature hints. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String line = message.lines().findFirst().orElse("").strip();
        line = line.replaceAll("\\s*\\(?(start marker )?at \\[Source.*$", "");
        line = line.replaceAll("`[^`]*`", "a value");
        line = line.replaceAll("\\s*;?\\s*\\(?[Uu]se [A-Z][A-Za-z]*Feature\\.[A-Z_]+.*$", "");
        return line.isBlank() ? "invalid JSON" : line;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            String name = type.getSimpleName().toLowerCase(Locale.ROOT);
            return name.equals("long") || name.equals("int") || name.equals("integer") || name.equals("short")
                    ? "a whole number" : "a number";
        }
        if (type.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of the listed values" : "a date and time like 2026-12-31T12:00:00Z";
        }
        return "an object";
    }
}
