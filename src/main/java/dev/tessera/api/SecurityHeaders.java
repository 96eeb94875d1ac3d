package dev.tessera.api;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;

/**
 * Headers every answer carries, set when its headers are written so that answers from every
 * layer get them (resources, static files, the sign-in form, refusals of the HTTP layer):
 * {@code nosniff}, no framing by other sites, a Content-Security-Policy without inline code on
 * pages, and no referrer to other sites. It also makes Tessera's own redirects relative:
 * the framework builds absolute ones from the request's {@code Host} header, which a client
 * chooses.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Pages: scripts, styles, images, forms only from Tessera itself; no inline code, no framing. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * Swagger UI (a tool page Quarkus generates) configures itself with an inline script; it is
     * the one page that may run inline code, and it shows no data of its own.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    /** Everything else, the API included: nothing may run, even an HTML document opened from it. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(v -> decorate(context));
            context.next();
        });
    }

    private static void decorate(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", policy(context.normalizedPath(), headers.get("Content-Type")));
        }
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", relative(location, context.request()));
        }
    }

    static String policy(String path, String contentType) {
        boolean html = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
        if (!html || path.startsWith("/api/")) {
            return DATA_POLICY;
        }
        return path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : PAGE_POLICY;
    }

    /** A redirect to this server's own address loses scheme and host; any other stays as it is. */
    static String relative(String location, HttpServerRequest request) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        String host = request.getHeader("Host");
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || host == null
                || !uri.getRawAuthority().equalsIgnoreCase(host)) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
                + (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : "");
    }
}
