package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Leading and trailing whitespace is usually part of the layout (a space before an inline
 * image, a line break a format keeps inside a segment); a translation that drops or adds it
 * glues words together or pulls them apart in the reassembled document.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class WhitespaceCheck implements Check {

    public static final String ID = "whitespace";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Leading and trailing whitespace";
    }

    @Override
    public String description() {
        return "The translation starts and ends with the same whitespace as the source.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        String source = input.sourcePlain();
        String target = input.targetPlain();
        List<CheckResult> results = new ArrayList<>();
        compare("leading", leading(source), leading(target), results);
        compare("trailing", trailing(source), trailing(target), results);
        return results;
    }

    private static void compare(String where, String source, String target, List<CheckResult> results) {
        if (!Objects.equals(source, target)) {
            results.add(new CheckResult(ID, Severity.WARNING, where + " whitespace differs: the source has "
                    + describe(source) + ", the translation " + describe(target)));
        }
    }

    private static String leading(String text) {
        int end = 0;
        while (end < text.length() && CheckInput.isSpace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String trailing(String text) {
        int start = text.length();
        while (start > 0 && CheckInput.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }

    /** Whitespace in words, e.g. "a space + a line break". */
    private static String describe(String whitespace) {
        if (whitespace.isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        for (char c : whitespace.toCharArray()) {
            names.add(switch (c) {
                case ' ' -> "a space";
                case '\u00A0' -> "a no-break space";
                case '\n', '\r' -> "a line break";
                case '\t' -> "a tab";
                default -> String.format(Locale.ROOT, "U+%04X", (int) c);
            });
        }
        return String.join(" + ", names);
    }
}
