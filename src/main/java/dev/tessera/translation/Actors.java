package dev.tessera.translation;

import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import java.util.EnumSet;
import java.util.Set;

/** The workflow's view of the signed-in user. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(CurrentUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (user.has(role)) {
                roles.add(role);
            }
        }
        return new Actor(user.id(), roles, user.languages());
    }
}
