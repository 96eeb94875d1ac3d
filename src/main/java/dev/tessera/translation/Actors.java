package dev.tessera.translation;

import dev.tessera.auth.CurrentUser;

/** The workflow's view of the signed-in user. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.knownRoles(), user.languages());
    }
}
