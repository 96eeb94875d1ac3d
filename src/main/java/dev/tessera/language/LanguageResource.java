package dev.tessera.language;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/languages")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Languages")
public class LanguageResource {

    /** A configured language: its BCP-47 code and its name in itself. */
    public record LanguageView(String code, String name) {
    }

    private final Languages languages;

    public LanguageResource(Languages languages) {
        this.languages = languages;
    }

    @GET
    @Operation(summary = "The languages articles are written and published in")
    @APIResponse(responseCode = "200", description = "The configured languages, in order")
    public List<LanguageView> list() {
        return languages.codes().stream().map(c -> new LanguageView(c, Languages.nativeName(c))).toList();
    }
}
