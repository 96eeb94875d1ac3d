package dev.tessera.web;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.auth.AccountViews.UserView;
import dev.tessera.auth.Accounts;
import dev.tessera.auth.Role;
import dev.tessera.web.PageFrame.Link;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the administration pages share: the section tabs, the answer to a form that worked
 * (a redirect that says what was done), and the checks of a form's fields. A form's fields
 * become the same request record the JSON API takes and are validated by the same
 * constraints; a refusal is the same problem+json answer (the page script shows its detail
 * next to the form).
 */
final class AdminForms {

    /** A check box or option: its value, its label, and whether it is chosen. */
    public record Choice(String value, String label, boolean checked) {
    }

    private AdminForms() {
    }

    static List<Link> tabs(AdminText adm, String current) {
        return List.of(new Link("/admin", adm.users(), current.equals("users")),
                new Link("/admin/tokens", adm.apiTokens(), current.equals("tokens")),
                new Link("/admin/webhooks", adm.webhooks(), current.equals("webhooks")),
                new Link("/admin/languages", adm.languages(), current.equals("languages")));
    }

    /** 303 to a page of the admin section, naming what was done so the page can say so. */
    static Response done(String path, String what) {
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "done=" + what)).build();
    }

    /** The text a page shows for {@code ?done=…}; null for anything it does not know. */
    static String notice(AdminText adm, String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> adm.doneCreated();
            case "saved" -> adm.doneSaved();
            case "password" -> adm.donePassword();
            case "enabled" -> adm.doneEnabled();
            case "disabled" -> adm.doneDisabled();
            case "revoked" -> adm.doneRevoked();
            case "test" -> adm.doneTest();
            case "redeliver" -> adm.doneRedeliver();
            case "demo-removed" -> adm.doneDemoRemoved();
            default -> null;
        };
    }

    /** Refuses the first broken constraint as 400 {@code VALIDATION_FAILED} naming the field, like the API. */
    static <T> T valid(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw invalid(v.getPropertyPath().toString(), v.getMessage());
        });
        return request;
    }

    /** "true" or "false" as the form sends it; anything else is refused naming the field. */
    static boolean flag(String field, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(field, "must be true or false");
    }

    /** Every account; an admin page lists them all (PageRequest's largest page, then the next). */
    static List<UserView> allUsers(Accounts accounts) {
        List<UserView> all = new java.util.ArrayList<>();
        PageRequest request = new PageRequest();
        request.size = PageRequest.MAX_SIZE;
        Page<UserView> page;
        do {
            page = accounts.list(request);
            all.addAll(page.items());
            request.page++;
        } while ((long) request.page * request.size < page.total());
        return all;
    }

    /** 400 {@code VALIDATION_FAILED} naming a form field, shaped like the API's constraint-violation answers. */
    static io.quarkiverse.resteasy.problem.HttpProblem invalid(String field, String message) {
        return Problems.invalid(dev.tessera.api.ErrorCode.VALIDATION_FAILED, field, "form", message);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String roleName(AdminText adm, String role) {
        return Role.fromId(role).map(r -> switch (r) {
            case TRANSLATOR -> adm.roleTranslator();
            case REVIEWER -> adm.roleReviewer();
            case EDITOR -> adm.roleEditor();
            case ADMIN -> adm.roleAdmin();
        }).orElse(role);
    }

    static List<Choice> roleChoices(AdminText adm, List<String> chosen) {
        return java.util.Arrays.stream(Role.values())
                .map(r -> new Choice(r.id(), roleName(adm, r.id()), chosen.contains(r.id()))).toList();
    }
}
