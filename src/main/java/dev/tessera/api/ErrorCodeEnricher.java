package dev.tessera.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ValidationException;

/**
 * Gives every problem+json answer a stable {@code code} and {@code type}, including those
 * made by the framework (unknown path, bad JSON, refused sign-in), and keeps internal
 * details of 5xx answers out of the body.
 */
@ApplicationScoped
public class ErrorCodeEnricher implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getParameters().containsKey("code")) {
            return problem;
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
        return ErrorCode.forStatus(status);
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
