package dev.tessera.translation;

import java.util.Locale;

/**
 * Where a change of a translation came from, recorded in its history: the same rules apply
 * to every origin, and the history says which door the change came through.
 */
public enum Origin {
    /** The REST API, and the web pages that call it. */
    API,
    /** An XLIFF file handed back from a CAT tool. */
    XLIFF,
    /** The sample work of the demo, done in the demo accounts' names when an admin loads it. */
    DEMO;

    /** As stored and shown: {@code api}, {@code xliff}, {@code demo}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
