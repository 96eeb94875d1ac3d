package dev.tessera.translation.check;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quality checks a save runs, with the names and descriptions a client shows next to the
 * findings: a save's {@code checks} carry only the check's id, which is stable, so a client
 * reads this list once and joins by id.
 */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Translations")
public class CheckResource {

    /**
     * One check.
     *
     * @param id          the stable id the findings carry ({@code checkId})
     * @param name        a short human name
     * @param description what the check looks for
     * @param severity    {@code ERROR} refuses the save, {@code WARNING} is returned with it
     */
    public record CheckView(String id, String name, String description, Severity severity) {

        static CheckView of(Check check) {
            return new CheckView(check.id(), check.name(), check.description(), check.severity());
        }
    }

    private final Checks checks;

    public CheckResource(Checks checks) {
        this.checks = checks;
    }

    @GET
    @Operation(summary = "The quality checks run on every save, with their names and descriptions")
    @APIResponse(responseCode = "200", description = "Every check, ordered by id")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<CheckView> list() {
        return checks.all().stream().map(CheckView::of).toList();
    }
}
