package dev.tessera.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 answers for missing or refused credentials, as problem+json with a bearer challenge.
 * (The problem extension's own mappers for these read a challenge field that Quarkus 3.33 no
 * longer has, so Tessera maps them itself, ahead of them.)
 */
public class SecurityProblems {

    private static final String CHALLENGE = "Bearer realm=\"tessera\"";

    /** API clients get a 401 problem; a person opening a page is sent to the sign-in page instead. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthenticated(UnauthorizedException e, RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api") && !path.startsWith("/q/") && "GET".equals(context.request().method().name())) {
            return Response.status(Response.Status.FOUND).location(URI.create(loginPage)).build();
        }
        return unauthorized("Sign in or send an API token as 'Authorization: Bearer <token>'");
    }

    private final String formPostPath;
    private final String formErrorPage;
    private final String loginPage;

    public SecurityProblems(@ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String formPostPath,
                            @ConfigProperty(name = "quarkus.http.auth.form.error-page") String formErrorPage,
                            @ConfigProperty(name = "quarkus.http.auth.form.login-page") String loginPage) {
        this.loginPage = loginPage;
        this.formPostPath = formPostPath;
        this.formErrorPage = formErrorPage;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response refused(AuthenticationFailedException e, RoutingContext context) {
        if (formPostPath.equals(context.normalizedPath())) {
            // A failed sign-in from the browser form goes back to the form, like any web page.
            return Response.status(Response.Status.FOUND).location(URI.create(formErrorPage)).build();
        }
        return unauthorized("The credentials were refused: unknown, expired or revoked token, or disabled account");
    }

    private static Response unauthorized(String detail) {
        Response problem = Problems.of(ErrorCode.UNAUTHENTICATED, detail).toResponse();
        return Response.fromResponse(problem).header("WWW-Authenticate", CHALLENGE).build();
    }
}
