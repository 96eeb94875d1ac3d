package dev.tessera.translation.check;

import dev.tessera.translation.check.LocalisedNumbers.WrittenNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures are what an analysis article is about; a dropped or mistyped number is the costliest
 * slip a translator can make and the easiest to miss. Compares the numbers of source and
 * target as values, each read in its own language's notation ({@link LocalisedNumbers}), and
 * reports every number missing from the target or added to it.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class NumbersCheck implements Check {

    public static final String ID = "numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Numbers";
    }

    @Override
    public String description() {
        return "The translation has the same numbers as the source, each read in its own language's notation.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        List<WrittenNumber> source = new LocalisedNumbers(input.sourceLang()).read(input.sourcePlain());
        List<WrittenNumber> target = new LocalisedNumbers(input.targetLang()).read(input.targetPlain());
        List<CheckResult> results = new ArrayList<>();
        for (WrittenNumber missing : unmatched(source, target)) {
            results.add(new CheckResult(ID, Severity.WARNING, "missing number " + missing.written()));
        }
        for (WrittenNumber extra : unmatched(target, source)) {
            results.add(new CheckResult(ID, Severity.WARNING, "extra number " + extra.written()
                    + ": the source has no number of that value"));
        }
        return results;
    }

    /** The numbers of {@code these} left over once each number of {@code those} has taken one of equal value. */
    private static List<WrittenNumber> unmatched(List<WrittenNumber> these, List<WrittenNumber> those) {
        Map<String, Integer> available = new HashMap<>();
        for (WrittenNumber number : those) {
            available.merge(number.value(), 1, Integer::sum);
        }
        List<WrittenNumber> left = new ArrayList<>();
        for (WrittenNumber number : these) {
            int count = available.getOrDefault(number.value(), 0);
            if (count == 0) {
                left.add(number);
            } else {
                available.put(number.value(), count - 1);
            }
        }
        return left;
    }
}
