package dev.tessera.api;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * The rule that no text Tessera accepts may hold a NUL character (U+0000): PostgreSQL's
 * {@code text} cannot store one, so a NUL that got through would fail the write deep inside a
 * transaction (a 500, and a failed statement in the log). Every entry refuses it up front with
 * 400 {@code NUL_CHARACTER} naming the field: JSON strings ({@link StrictJson}), path and query
 * parameters ({@link ParameterGuard}), multipart fields (the import form), and text extracted
 * from documents (the importer).
 */
public final class NulCharacters {

    private NulCharacters() {
    }

    public static boolean contains(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /** The 400 answer for a NUL in {@code field}, found {@code in} body, query, path or form. */
    public static HttpProblem problem(String field, String in) {
        return Problems.invalid(ErrorCode.NUL_CHARACTER, field, in, "must not contain a NUL character (U+0000)");
    }

    /** Returns {@code value}, or throws the 400 answer when it holds a NUL character. */
    public static String refuse(String field, String in, String value) {
        if (contains(value)) {
            throw problem(field, in);
        }
        return value;
    }
}
