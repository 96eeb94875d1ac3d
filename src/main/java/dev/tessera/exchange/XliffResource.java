package dev.tessera.exchange;

import dev.tessera.auth.CurrentUser;
import dev.tessera.document.XliffVersion;
import dev.tessera.language.Languages;
import dev.tessera.translation.Actors;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** One article's XLIFF file for one target language: out to a CAT tool and back. */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/articles/{id}/xliff")
@Authenticated
@Tag(name = "XLIFF")
public class XliffResource {

    private final XliffExport export;
    private final XliffImport importer;
    private final ExchangeRequests requests;
    private final CurrentUser currentUser;
    private final Languages languages;

    public XliffResource(XliffExport export, XliffImport importer, ExchangeRequests requests,
                         CurrentUser currentUser, Languages languages) {
        this.export = export;
        this.importer = importer;
        this.requests = requests;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Export the article's segments in one target language as XLIFF 1.2 or 2.0")
    @APIResponse(responseCode = "200", description = "The XLIFF file (application/xliff+xml, attachment)")
    @APIResponse(responseCode = "400", description = "Unknown language, version or status, or not a target language of the article")
    @APIResponse(responseCode = "403", description = "Not in the user's languages (sourceOnly=true is open to anyone signed in)")
    @APIResponse(responseCode = "404", description = "No such article")
    public Response export(@PathParam("id") long id, @QueryParam("lang") String lang,
                           @QueryParam("version") String version, @QueryParam("status") String status,
                           @QueryParam("sourceOnly") boolean sourceOnly) {
        String language = languages.require("lang", ExchangeRequests.required("lang", lang));
        if (!sourceOnly) {
            currentUser.requireLanguage(language);
        }
        XliffVersion xliffVersion = ExchangeRequests.version(version);
        XliffExport.Exported file = export.export(id, language, xliffVersion, ExchangeRequests.statuses(status), sourceOnly);
        return ExchangeRequests.attachment(file.bytes(), "application/xliff+xml", file.fileName());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an XLIFF file of this article: safe units are applied, the others listed with their reason")
    @APIResponse(responseCode = "200", description = "Counts of applied, unchanged and refused units, and each applied or refused unit")
    @APIResponse(responseCode = "400", description = "No file")
    @APIResponse(responseCode = "403", description = "Not in the file's language")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "413", description = "File over the size limit")
    @APIResponse(responseCode = "422", description = "Malformed XML, not XLIFF 1.2/2.0, DTD or entities, or a file of another article or language; nothing applied")
    public ImportReport importFile(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        byte[] bytes = requests.upload(file);
        return importer.importFile(id, file.fileName(), bytes, Actors.of(currentUser));
    }
}
