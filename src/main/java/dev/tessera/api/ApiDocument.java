package dev.tessera.api;

import dev.tessera.auth.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The last touches of the API document, for clients generated from it: the bearer scheme is an
 * opaque API token (not a JWT: a client cannot read anything in it), and user roles are an
 * enumeration taken from {@link Role}. Every secured operation gets its 401 and 403 from Quarkus
 * ({@code auto-add-security-requirement}), once, instead of an annotation on each method; this
 * filter names their codes.
 */
public class ApiDocument implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An opaque API token (tsr_…) from POST /api/tokens, or TESSERA_ADMIN_TOKEN. It is not a"
                        + " JWT: it carries nothing to read; Tessera looks it up on every request."));
        openAPI.getComponents().addSchema("Role", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("A user's role").enumeration(Arrays.stream(Role.values()).map(r -> (Object) r.id()).toList()));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null) {
            schemas.values().forEach(ApiDocument::rolesAsEnum);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() == null) {
                return;
            }
            var unauthenticated = op.getResponses().getAPIResponse("401");
            if (unauthenticated != null && "Not Authorized".equals(unauthenticated.getDescription())) {
                unauthenticated.description("UNAUTHENTICATED: no credentials, or a token or session that is not valid");
            }
            var forbidden = op.getResponses().getAPIResponse("403");
            if (forbidden != null && "Not Allowed".equals(forbidden.getDescription())) {
                forbidden.description("FORBIDDEN: the user's roles do not allow this (see the operation's security scopes),"
                        + " or NOT_IN_LANGUAGE: not one of the user's languages");
            }
        }));
    }

    /** A {@code roles} member (an array of strings) lists {@link Role} ids. */
    private static void rolesAsEnum(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Schema roles = schema.getProperties().get("roles");
        if (roles != null && roles.getItems() != null && List.of(Schema.SchemaType.STRING).equals(roles.getItems().getType())) {
            roles.items(OASFactory.createSchema().ref("Role"));
        }
    }
}
