package dev.tessera.auth;

import dev.tessera.api.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making this request, in Tessera's terms: user id, roles and working languages.
 * Services ask it whether the user may act in a language instead of reading roles themselves.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public long id() {
        Long id = identity.getAttribute(Identities.USER_ID);
        if (id == null) {
            throw new IllegalStateException("No signed-in user in this request");
        }
        return id;
    }

    public String username() {
        return identity.getAttribute(Identities.USERNAME);
    }

    /** The browser session this request came with, if it came with one (not with a token). */
    public Optional<String> sessionId() {
        return Optional.ofNullable(identity.getAttribute(Identities.SESSION_ID));
    }

    public boolean has(Role role) {
        return identity.hasRole(role.id());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public Set<String> languages() {
        Set<String> languages = identity.getAttribute(Identities.LANGUAGES);
        return languages == null ? Set.of() : languages;
    }

    /** The language of the pages this user chose, if they chose one (kept on the account). */
    public Optional<String> uiLanguage() {
        return Optional.ofNullable(identity.getAttribute(Identities.UI_LANG));
    }

    public Optional<Long> tokenId() {
        return Optional.ofNullable(identity.getAttribute(Identities.TOKEN_ID));
    }

    /** The user's roles that Tessera knows. */
    public Set<Role> knownRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Whether the user works in the language ({@link Role#worksIn}: editors and admins in all, others in theirs). */
    public boolean worksIn(String language) {
        return Role.worksIn(knownRoles(), languages(), language);
    }

    /** Refuses (403 {@code NOT_IN_LANGUAGE}) a user who does not work in the language: reads and writes alike. */
    public void requireLanguage(String language) {
        if (!worksIn(language)) {
            throw Problems.notInLanguage(language);
        }
    }
}
