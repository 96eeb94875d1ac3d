package dev.tessera.web;

import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.demo.DemoArticles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The empty dashboard's "Load demo articles" button (admins): imports the samples, then back to the dashboard. */
@Path("/demo")
@RolesAllowed(Role.ADMIN_ID)
public class DemoPage {

    private final DemoArticles demo;
    private final CurrentUser user;

    public DemoPage(DemoArticles demo, CurrentUser user) {
        this.demo = demo;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response load() {
        demo.load(user.id());
        return Response.seeOther(URI.create("/")).build();
    }
}
