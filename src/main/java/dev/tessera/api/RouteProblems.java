package dev.tessera.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a refusal made in the HTTP layer, before any resource runs (a body over the size
 * limit, a cross-site request), as the same problem+json every resource answers with.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void send(RoutingContext context, ErrorCode code, String detail) {
        JsonObject body = new JsonObject()
                .put("type", code.type().toString())
                .put("status", code.status())
                .put("title", code.title())
                .put("detail", detail)
                .put("code", code.name());
        context.response().setStatusCode(code.status()).putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
