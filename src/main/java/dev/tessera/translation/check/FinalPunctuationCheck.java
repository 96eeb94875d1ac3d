package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A sentence that ends in a question in the source should not end in a statement in the
 * translation, and a heading without a full stop should not gain one. Compares the final
 * marks ({@code . ! ? … :}, with {@code ...} read as {@code …}), looking past trailing
 * whitespace, closing quotes and brackets (inline codes are already gone from the plain text).
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class FinalPunctuationCheck implements Check {

    public static final String ID = "final-punctuation";

    private static final String MARKS = ".!?…:";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Final punctuation";
    }

    @Override
    public String description() {
        return "The translation ends with the same kind of mark as the source (full stop, question, exclamation, ellipsis, colon, or none).";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        String source = finalMarks(input.sourcePlain());
        String target = finalMarks(input.targetPlain());
        if (source.equals(target)) {
            return List.of();
        }
        return List.of(new CheckResult(ID, Severity.WARNING,
                "final punctuation differs: the source ends with " + describe(source)
                        + ", the translation with " + describe(target)));
    }

    /** The run of final marks at the end of a text, {@code ...} written as {@code …}; empty if none. */
    static String finalMarks(String text) {
        int end = text.length();
        while (end > 0 && isClosing(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && MARKS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return text.substring(start, end).replace("...", "…");
    }

    private static boolean isClosing(char c) {
        if (CheckInput.isSpace(c) || c == '"' || c == '\'') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static String describe(String marks) {
        return marks.isEmpty() ? "no final punctuation" : "'" + marks + "'";
    }
}
