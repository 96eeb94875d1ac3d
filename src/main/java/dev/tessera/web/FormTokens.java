package dev.tessera.web;

import dev.tessera.api.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The edges of the CSRF protection that {@code quarkus-rest-csrf} gives the pages.
 *
 * <p>The extension checks a double-submit token (cookie and form field, or cookie and
 * {@code X-CSRF-Token} header) on every unsafe request, and refuses one without its cookie
 * outright. CSRF is an attack on <em>ambient</em> credentials: a request that carries an
 * {@code Authorization} header was built by a program holding a token, which no other site
 * can make a browser send; a request without the session cookie has no ambient credentials
 * to abuse (signing out a stranger, choosing the sign-in page's language). Such requests
 * (multipart API imports included) get a matching one-off pair before the extension looks.
 *
 * <p>A refusal by the extension is an empty 400; it becomes a problem+json answer with the
 * stable code {@link ErrorCode#CSRF_TOKEN_INVALID}, like every other refusal.
 */
public class FormTokens {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String VERIFIED = "csrf_token_verified";

    private final SecureRandom random = new SecureRandom();
    private final String cookieName;
    private final String headerName;
    private final int tokenSize;
    private final String sessionCookie;

    public FormTokens(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                      @ConfigProperty(name = "quarkus.rest-csrf.token-header-name") String headerName,
                      @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize) {
        this.cookieName = cookieName;
        this.headerName = headerName;
        this.tokenSize = tokenSize;
        this.sessionCookie = sessionCookie;
    }

    /** API clients with a token: a matching cookie and header, so the double-submit check passes. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void exemptApiClients(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (SAFE.contains(request.method().name())
                || (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getCookie(sessionCookie) != null)
                || (request.getHeader(headerName) != null && request.getCookie(cookieName) != null)) {
            // A signed-in browser, or a page's request that brings its own pair: the extension
            // checks what came. Order matters: once the cookies are read here, Vert.x keeps the
            // parsed ones, and a rewritten Cookie header would no longer be seen; so the header
            // is asked first and an API client's cookies are never read before the rewrite.
            return;
        }
        byte[] bytes = new byte[tokenSize];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        String withoutOld = cookies == null ? "" : cookies.replaceAll("(^|;\\s*)" + cookieName + "=[^;]*", "");
        request.headers().set(HttpHeaders.COOKIE, (withoutOld.isBlank() ? "" : withoutOld + "; ") + cookieName + "=" + token);
        request.headers().set(headerName, token);
    }

    /** The extension's bare 400 for a missing or wrong token, as a problem+json answer. */
    @ServerResponseFilter
    public void explainRefusal(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())
                || Boolean.TRUE.equals(routing.get(VERIFIED))) {
            return;
        }
        ErrorCode code = ErrorCode.CSRF_TOKEN_INVALID;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", code.type().toString());
        problem.put("title", code.title());
        problem.put("status", code.status());
        problem.put("detail", "The form's security token is missing or does not match; reload the page and try again");
        problem.put("code", code.name());
        response.setStatus(code.status());
        response.setEntity(problem, null, MediaType.valueOf("application/problem+json"));
    }
}
