package dev.tessera.auth;

import java.util.Arrays;
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
}
