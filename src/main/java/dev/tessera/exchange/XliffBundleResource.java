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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A whole language at once: a ZIP of one XLIFF file per article, out and back. */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/xliff")
@Authenticated
@Tag(name = "XLIFF")
public class XliffBundleResource {

    /** The answer to a ZIP import: totals over all files, and each file's report. */
    public record BundleReport(int applied, int unchanged, int refused, List<ImportReport> files) {
    }

    private final XliffBundles bundles;
    private final XliffImport importer;
    private final ExchangeRequests requests;
    private final ExchangeConfig config;
    private final CurrentUser currentUser;
    private final Languages languages;

    public XliffBundleResource(XliffBundles bundles, XliffImport importer, ExchangeRequests requests,
                               ExchangeConfig config, CurrentUser currentUser, Languages languages) {
        this.bundles = bundles;
        this.importer = importer;
        this.requests = requests;
        this.config = config;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A ZIP of one XLIFF file per article in a language: the given articles, or all with open work")
    @APIResponse(responseCode = "200", description = "The ZIP (application/zip, attachment)")
    @APIResponse(responseCode = "400", description = "Unknown language or version, bad ids, or an article not translated into the language")
    @APIResponse(responseCode = "403", description = "Not in the user's languages")
    @APIResponse(responseCode = "404", description = "No such article")
    public Response export(@QueryParam("lang") String lang, @QueryParam("articleIds") List<String> articleIds,
                           @QueryParam("version") String version) {
        String language = languages.require("lang", ExchangeRequests.required("lang", lang));
        currentUser.requireLanguage(language);
        XliffVersion xliffVersion = ExchangeRequests.version(version);
        byte[] zip = bundles.export(language, ExchangeRequests.ids(articleIds), xliffVersion);
        return ExchangeRequests.attachment(zip, "application/zip", "tessera-" + language + "-xliff.zip");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a ZIP of XLIFF files: each file as POST /api/articles/{id}/xliff, in one transaction")
    @APIResponse(responseCode = "200", description = "Totals and each file's report")
    @APIResponse(responseCode = "400", description = "No file")
    @APIResponse(responseCode = "403", description = "A file in a language the user does not work in")
    @APIResponse(responseCode = "404", description = "A file of an article that does not exist")
    @APIResponse(responseCode = "413", description = "ZIP, an entry or the unpacked total over the limits (zip bomb)")
    @APIResponse(responseCode = "422", description = "Not a ZIP, an unsafe entry name, or a file refused as a whole; nothing applied")
    public BundleReport importZip(@RestForm("file") FileUpload file) throws IOException {
        byte[] zip = requests.upload(file);
        List<ImportReport> reports = importer.importFiles(ZipBundle.read(zip, config), Actors.of(currentUser));
        return new BundleReport(reports.stream().mapToInt(ImportReport::applied).sum(),
                reports.stream().mapToInt(ImportReport::unchanged).sum(),
                reports.stream().mapToInt(ImportReport::refused).sum(), reports);
    }
}
