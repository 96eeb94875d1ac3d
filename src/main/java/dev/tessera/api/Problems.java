package dev.tessera.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;

/** Builds the problem+json exceptions that services and resources throw. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem of(ErrorCode code, String detail) {
        return builder(code, detail).build();
    }

    public static HttpProblem.Builder builder(ErrorCode code, String detail) {
        return HttpProblem.builder()
                .withType(code.type())
                .withStatus(code.status())
                .withTitle(code.title())
                .withDetail(detail)
                .with("code", code.name());
    }

    public static HttpProblem notFound(String what, Object id) {
        return of(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
    }

    /** A user who does not work in the language asked about (translators and reviewers outside their languages). */
    public static HttpProblem notInLanguage(String lang) {
        return builder(ErrorCode.NOT_IN_LANGUAGE, "You do not work in language '" + lang + "'").with("lang", lang).build();
    }

    /** A field-level validation error, shaped like the constraint-violation answers. */
    public static HttpProblem invalidField(String field, String message) {
        return invalid(ErrorCode.VALIDATION_FAILED, field, "body", message);
    }

    /**
     * A refusal of one named input, shaped like the constraint-violation answers.
     *
     * @param in where the input was: {@code body}, {@code query}, {@code path} or {@code form}
     */
    public static HttpProblem invalid(ErrorCode code, String field, String in, String message) {
        return builder(code, field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", in, "message", message)))
                .build();
    }
}
