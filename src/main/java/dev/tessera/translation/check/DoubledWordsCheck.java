package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the the" and "ve ve" are typing slips a spell checker does not catch. Words compare
 * without regard to case in the target language's own rules, so that Turkish {@code Ilık}
 * matches {@code ılık} and {@code İyi} matches {@code iyi} (but {@code ılık} never matches
 * {@code ilik}). Only words separated by nothing but whitespace count; tokens without letters
 * (numbers) are ignored. Deliberate reduplication ("yavaş yavaş") is flagged too, which is
 * why this is only a warning.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class DoubledWordsCheck implements Check {

    public static final String ID = "doubled-words";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Doubled words";
    }

    @Override
    public String description() {
        return "The same word twice in a row (\"the the\"), compared in the target language's case rules.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        Locale locale = Locale.forLanguageTag(input.targetLang() == null ? "" : input.targetLang());
        String text = input.targetPlain();
        List<CheckResult> results = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (word.find()) {
            String current = word.group();
            boolean adjacent = previous != null && CheckInput.isBlank(text.substring(previousEnd, word.start()))
                    && word.start() > previousEnd;
            if (adjacent && hasLetter(current)
                    && previous.toLowerCase(locale).equals(current.toLowerCase(locale))) {
                results.add(new CheckResult(ID, Severity.WARNING,
                        "'" + previous + " " + current + "': the same word twice in a row"));
            }
            previous = current;
            previousEnd = word.end();
        }
        return results;
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }
}
