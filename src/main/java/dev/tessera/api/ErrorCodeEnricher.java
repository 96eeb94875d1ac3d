package dev.tessera.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ValidationException;
import java.io.IOException;
import java.util.Optional;

/**
 * Gives every problem+json answer a stable {@code code} and {@code type}, including those
 * made by the framework (unknown path, bad JSON, refused sign-in), and keeps internal
 * details of 5xx answers out of the body. JSON bodies Jackson refused get the answer of
 * {@link JsonProblems} (plain words, the field named); a multipart body cut short, which the
 * framework reports as an I/O failure (a 500), is the client's fault: 400. A 403 of
 * {@code @RolesAllowed} is {@code ROLE_MISSING}, as the services' own role refusals are.
 */
@ApplicationScoped
public class ErrorCodeEnricher implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getParameters().containsKey("code")) {
            return problem;
        }
        if (problem.getStatusCode() < 500) {
            Optional<HttpProblem> json = JsonProblems.problemFor(context.cause);
            if (json.isPresent()) {
                return json.get();
            }
        }
        if (isMultipartParsing(context.cause)) {
            // The body ended before the multipart form did (cut off, or a wrong boundary).
            return Problems.of(ErrorCode.MALFORMED_MULTIPART,
                    "The multipart body is incomplete or malformed: it ends before its closing boundary");
        }
        ErrorCode code = codeFor(problem, context.cause);
        HttpProblem.Builder builder = HttpProblem.builder(problem)
                .withType(code.type())
                .with("code", code.name());
        if (code.status() >= 500) {
            builder.withDetail("An unexpected error occurred; it has been logged.");
        }
        return builder.build();
    }

    private static ErrorCode codeFor(HttpProblem problem, Throwable cause) {
        int status = problem.getStatusCode();
        if (status == 400 && problem.getParameters().containsKey("violations")) {
            return ErrorCode.VALIDATION_FAILED;
        }
        if (status == 400 && (cause instanceof JsonProcessingException || hasCause(cause, JsonProcessingException.class))) {
            return ErrorCode.MALFORMED_JSON;
        }
        if (status == 400 && cause instanceof ValidationException) {
            return ErrorCode.VALIDATION_FAILED;
        }
        if (status == 403 && hasCause(cause, ForbiddenException.class)) {
            return ErrorCode.ROLE_MISSING; // @RolesAllowed: the user is known, the role is not theirs
        }
        return ErrorCode.forStatus(status);
    }

    /** An I/O failure raised while the REST layer parsed a multipart form. */
    private static boolean isMultipartParsing(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException) {
                for (StackTraceElement frame : c.getStackTrace()) {
                    if (frame.getClassName().contains(".multipart.")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int priority() {
        return 10;
    }
}
