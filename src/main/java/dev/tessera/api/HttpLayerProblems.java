package dev.tessera.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refusals made by the HTTP layer before any resource runs (a body over
 * {@code quarkus.http.limits.max-body-size}) answer problem+json like every other error,
 * instead of an empty page.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final long maxBodySize;

    public HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // A declared length over the ceiling is refused before the body is read (after SecurityHeaders, which goes first).
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBodySize) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
        // A streamed body that grows over the ceiling fails in the body handler.
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private static void tooLarge(RoutingContext context) {
        context.response().putHeader("Connection", "close");
        RouteProblems.send(context, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than the server accepts");
    }
}
