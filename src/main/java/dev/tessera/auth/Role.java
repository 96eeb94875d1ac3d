package dev.tessera.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** What a user may do. Translators and reviewers work only in their languages; editors and admins everywhere. */
public enum Role {
    TRANSLATOR, REVIEWER, EDITOR, ADMIN;

    /** Role names as they appear in the API, the database and {@code @RolesAllowed}. */
    public static final String TRANSLATOR_ID = "translator";
    public static final String REVIEWER_ID = "reviewer";
    public static final String EDITOR_ID = "editor";
    public static final String ADMIN_ID = "admin";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the role works in every language rather than only in the user's own. */
    public boolean allLanguages() {
        return this == EDITOR || this == ADMIN;
    }

    /**
     * The one rule of who works in a language: editors and admins everywhere
     * ({@link #allLanguages()}), everyone else only in their own languages. Language codes
     * compare without regard to case ({@code pt-BR} = {@code pt-br}), as BCP 47 wants; the
     * comparison is {@link String#equalsIgnoreCase}, which no locale changes (the codes are ASCII).
     *
     * @param roles     the user's roles
     * @param languages the user's own languages
     * @param lang      the language asked about (null: nobody's)
     */
    public static boolean worksIn(Collection<Role> roles, Collection<String> languages, String lang) {
        if (roles.stream().anyMatch(Role::allLanguages)) {
            return true;
        }
        return lang != null && languages.stream().anyMatch(lang::equalsIgnoreCase);
    }
}
