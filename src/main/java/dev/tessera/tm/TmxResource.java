package dev.tessera.tm;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * TMX interchange of the memory. Editors and admins import and export: a file changes what
 * every translator is offered, and an export hands out the newsroom's whole memory of a
 * language pair, which is an editor's decision, not a translator's.
 */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/memory/tmx")
@RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
@Tag(name = "Memory")
public class TmxResource {

    public static final String TMX = "application/x-tmx+xml";

    /** The multipart import form. */
    public static class TmxForm {
        @RestForm("file")
        public FileUpload file;
        @RestForm
        public String sourceLang;
    }

    private final TmxImport tmxImport;
    private final TmxExport tmxExport;
    private final CurrentUser currentUser;
    private final Languages languages;
    private final long maxBytes;
    private final String version;

    public TmxResource(TmxImport tmxImport, TmxExport tmxExport, CurrentUser currentUser, Languages languages,
                       @ConfigProperty(name = "tessera.import.max-document-size") MemorySize maxBytes,
                       @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.tmxImport = tmxImport;
        this.tmxExport = tmxExport;
        this.currentUser = currentUser;
        this.languages = languages;
        this.maxBytes = maxBytes.asLongValue();
        this.version = version;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a TMX 1.4b file into the memory (multipart: file, sourceLang when the header has no srclang)")
    @APIResponse(responseCode = "200", description = "Units read, pairs found, entries added, pairs already known, languages left out")
    @APIResponse(responseCode = "400", description = "Missing file, or unknown language (named)")
    @APIResponse(responseCode = "413", description = "File over the size limit")
    @APIResponse(responseCode = "422", description = "Malformed TMX (line and reason) or unsafe XML; nothing imported")
    public TmxImport.Imported importTmx(@BeanParam TmxForm form) throws IOException {
        if (form.file == null) {
            throw Problems.invalidField("file", "a TMX file is required");
        }
        if (form.file.size() > maxBytes) {
            throw Problems.of(ErrorCode.DOCUMENT_TOO_LARGE,
                    "The file has " + form.file.size() + " bytes; the limit is " + maxBytes);
        }
        return tmxImport.importFile(Files.readAllBytes(form.file.uploadedFile()), form.sourceLang, currentUser.id());
    }

    @GET
    @Produces(TMX)
    @Operation(summary = "Export the memory of one language pair as TMX 1.4b")
    @APIResponse(responseCode = "200", description = "The TMX file (streamed)")
    @APIResponse(responseCode = "400", description = "Unknown language, or the same language twice (named)")
    public Response exportTmx(@QueryParam("sourceLang") String sourceLang, @QueryParam("targetLang") String targetLang) {
        String source = languages.require("sourceLang", sourceLang);
        String target = languages.require("targetLang", targetLang);
        if (source.equals(target)) {
            throw Problems.invalidField("targetLang", "must differ from sourceLang");
        }
        StreamingOutput body = out -> tmxExport.write(out, source, target, version);
        return Response.ok(body, TMX)
                .header("Content-Disposition", "attachment; filename=\"tessera-" + source + "-" + target + ".tmx\"")
                .build();
    }
}
