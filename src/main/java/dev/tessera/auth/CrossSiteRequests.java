package dev.tessera.auth;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.RouteProblems;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses cross-site requests that would change data with a browser's session cookie (CSRF):
 * a POST, PUT, PATCH or DELETE that carries the session cookie and no bearer token must come
 * from Tessera's own origin, else 403 {@code CSRF_REJECTED} before anything runs. The proof is
 * the {@code Origin} header; without it {@code Sec-Fetch-Site}, then the {@code Referer}; a
 * request with none of the three is refused too (every browser in use sends {@code Origin} on
 * such requests; other clients use API tokens, which a foreign site cannot make a browser send).
 * The session cookie is also {@code SameSite=Strict}; this check does not rely on it.
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final String cookieName;
    private final Optional<Origin> publicOrigin;

    public CrossSiteRequests(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
                             @ConfigProperty(name = "tessera.publish.public-url") Optional<String> publicUrl) {
        this.cookieName = cookieName;
        this.publicOrigin = publicUrl.flatMap(Origin::parse);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            HttpServerRequest request = context.request();
            if (bySessionCookie(request) && !fromOwnOrigin(request)) {
                RouteProblems.send(context, ErrorCode.CSRF_REJECTED,
                        "A request that changes data with a session cookie must come from Tessera's own pages");
            } else {
                context.next();
            }
        });
    }

    private boolean bySessionCookie(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return CHANGING.contains(request.method()) && !bearer && request.getCookie(cookieName) != null;
    }

    boolean fromOwnOrigin(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return Origin.parse(origin).filter(o -> own(o, request)).isPresent();
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String referer = request.getHeader("Referer");
        return referer != null && Origin.parse(referer).filter(o -> own(o, request)).isPresent();
    }

    private boolean own(Origin origin, HttpServerRequest request) {
        String scheme = CookieFlags.https(request) ? "https" : "http";
        String host = request.authority() == null ? null : request.authority().host();
        int port = request.authority() == null ? -1 : request.authority().port();
        Optional<Origin> self = host == null ? Optional.empty() : Optional.of(Origin.of(scheme, host, port));
        return self.filter(origin::equals).isPresent() || publicOrigin.filter(origin::equals).isPresent();
    }

    /** Scheme, host and port (the scheme's default when not given), as browsers compare origins. */
    record Origin(String scheme, String host, int port) {

        static Origin of(String scheme, String host, int port) {
            String s = scheme.toLowerCase(Locale.ROOT);
            return new Origin(s, host.toLowerCase(Locale.ROOT), port > 0 ? port : "https".equals(s) ? 443 : 80);
        }

        static Optional<Origin> parse(String url) {
            try {
                URI uri = URI.create(url.strip());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return Optional.empty(); // "null" and other opaque origins
                }
                return Optional.of(of(uri.getScheme(), uri.getHost(), uri.getPort()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
