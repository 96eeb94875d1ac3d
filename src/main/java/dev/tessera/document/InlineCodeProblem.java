package dev.tessera.document;

/**
 * Why a notation cannot be turned back into segment content; the translation checks report
 * these to translators as errors.
 *
 * @param type    what is wrong
 * @param tag     the tag concerned, as the notation writes it (or the offending text)
 * @param message a human explanation
 */
public record InlineCodeProblem(Type type, String tag, String message) {

    /** The kinds of problem. */
    public enum Type {
        /** Something starting with {@code <} that is not a tag, or a reserved character. */
        MALFORMED_TAG,
        /** A tag for a code the source does not have. */
        UNKNOWN_CODE,
        /** A source code missing from the notation. */
        MISSING_CODE,
        /** A code written more often than the source has it. */
        DUPLICATED_CODE,
        /** A closing tag without its opening tag, or an opening tag never closed. */
        UNBALANCED_PAIR,
        /** Pairs that overlap instead of nesting, as in {@code <1><2></1></2>}. */
        MISNESTED_PAIR
    }
}
