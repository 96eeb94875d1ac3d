package dev.tessera.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Gives every cookie Tessera sets the {@code Secure} flag when {@link HttpConfig#secureCookies()}
 * says so: the session cookie, the sign-in redirect cookie and any cookie a resource sets. A
 * request counts as https when it arrived over TLS or when a trusted proxy
 * ({@code TESSERA_TRUSTED_PROXIES}) says so with {@code X-Forwarded-Proto}; Quarkus resolves
 * that before this runs.
 */
@ApplicationScoped
public class CookieFlags {

    private final HttpConfig.SecureCookies setting;

    public CookieFlags(HttpConfig config) {
        this.setting = config.secureCookies();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (setting.secure(https(context.request()))) {
                context.addHeadersEndHandler(v -> markSecure(context));
            }
            context.next();
        });
    }

    static boolean https(HttpServerRequest request) {
        return request.isSSL() || "https".equals(request.scheme());
    }

    private static void markSecure(RoutingContext context) {
        // Cookies of the Vert.x cookie jar are written after this handler; only those set in this answer are touched.
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie set && set.isChanged() && !cookie.isSecure()) {
                cookie.setSecure(true);
            }
        }
        // Cookies a resource wrote as plain headers.
        List<String> headers = context.response().headers().getAll("Set-Cookie");
        if (headers.stream().anyMatch(h -> !h.toLowerCase(Locale.ROOT).contains("; secure"))) {
            context.response().headers().remove("Set-Cookie");
            headers.forEach(h -> context.response().headers().add("Set-Cookie",
                    h.toLowerCase(Locale.ROOT).contains("; secure") ? h : h + "; Secure"));
        }
    }
}
