package dev.tessera.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;
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
        return problemFor(e).orElseThrow().toResponse();
    }

    /**
     * The answer to a JSON body Jackson refused, found in the cause chain of whatever the REST
     * layer made of it (Quarkus wraps syntax, constraint and mapping errors in a plain 400;
     * the problem extension answers a value of the wrong form with Jackson's own message,
     * class names included). {@link ErrorCodeEnricher} asks here first.
     */
    static Optional<HttpProblem> problemFor(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof JsonFieldException field) {
                String name = path(field);
                return Optional.of(Problems.invalid(field.code(), name.isEmpty() ? "body" : name, "body",
                        field.getOriginalMessage()));
            }
            if (c instanceof InvalidFormatException invalid) {
                return Optional.of(fieldProblem(invalid, "is not a valid value"));
            }
            if (c instanceof MismatchedInputException mismatched) {
                return Optional.of(fieldProblem(mismatched, "has the wrong JSON type"));
            }
            if (c instanceof StreamConstraintsException constraint) {
                String detail = constraint.getOriginalMessage() != null && constraint.getOriginalMessage().contains("nesting")
                        ? "The JSON body is nested deeper than " + StrictJson.MAX_DEPTH + " levels"
                        : "The JSON body exceeds a size limit of the server";
                return Optional.of(Problems.of(ErrorCode.MALFORMED_JSON, detail));
            }
            if (c instanceof JsonMappingException mapping && !path(mapping).isEmpty()) {
                return Optional.of(Problems.invalidField(path(mapping), "has a value that cannot be read"));
            }
            if (c instanceof JsonProcessingException unreadable) {
                String detail = "The JSON body cannot be read: " + plain(unreadable.getOriginalMessage());
                if (unreadable.getLocation() != null && unreadable.getLocation().getLineNr() > 0) {
                    detail += " (line " + unreadable.getLocation().getLineNr() + ", column "
                            + unreadable.getLocation().getColumnNr() + ")";
                }
                return Optional.of(Problems.of(ErrorCode.MALFORMED_JSON, detail));
            }
        }
        return Optional.empty();
    }

    private static HttpProblem fieldProblem(MismatchedInputException e, String what) {
        String field = path(e);
        String message = what + (e.getTargetType() != null ? " (expected " + describe(e.getTargetType()) + ")" : "");
        if (field.isEmpty()) {
            return Problems.of(ErrorCode.MALFORMED_JSON, "The body does not have the expected shape");
        }
        return Problems.invalidField(field, message);
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
        if (type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of the listed values" : "a date and time like 2026-12-31T12:00:00Z";
        }
        return "an object";
    }
}
