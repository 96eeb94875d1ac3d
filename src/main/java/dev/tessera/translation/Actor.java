package dev.tessera.translation;

import dev.tessera.auth.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a translation, reduced to what the {@link WorkflowPolicy} needs: the user's id
 * (for the self-approval rule), roles and working languages. Kept free of the {@code User}
 * entity so the policy is tested without a database.
 *
 * @param userId    the acting user's id
 * @param roles     the user's roles (may be empty)
 * @param languages the languages a translator or reviewer works in (BCP-47 codes)
 */
public record Actor(long userId, Set<Role> roles, Set<String> languages) {

    public Actor {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor may work in {@code lang}: the one rule, {@link Role#worksIn}. */
    public boolean worksIn(String lang) {
        return Role.worksIn(roles, languages, lang);
    }
}
