package dev.tessera.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks the user name and password of the sign-in form, with the client's address for the throttle. */
// Alike by shape only: the IdentityProvider methods Quarkus asks for; each reads its own request type.
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final SigningIn signingIn;

    public PasswordIdentityProvider(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        // With trusted proxies configured (TESSERA_TRUSTED_PROXIES) this is the forwarded client address.
        String address = routing == null || routing.request().remoteAddress() == null
                ? null : routing.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> signingIn.signIn(
                request.getUsername(), request.getPassword().getPassword(), address));
    }
}
