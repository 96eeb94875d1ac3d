package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * A translation far shorter or longer than its source has usually lost or repeated a clause.
 * Turkish, English and Russian sentences stay well within 0.4–2.5 times each other's length,
 * so anything outside is worth a look; short sources (under 20 characters) vary too much to
 * judge.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class LengthRatioCheck implements Check {

    public static final String ID = "length-ratio";

    static final double MIN_RATIO = 0.4;
    static final double MAX_RATIO = 2.5;
    static final int MIN_SOURCE_LENGTH = 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Length ratio";
    }

    @Override
    public String description() {
        return "The translation is between 0.4 and 2.5 times as long as the source (sources of 20 characters or more).";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        String source = input.sourcePlain().strip();
        int sourceLength = source.codePointCount(0, source.length());
        if (sourceLength < MIN_SOURCE_LENGTH) {
            return List.of();
        }
        String target = input.targetPlain().strip();
        double ratio = (double) target.codePointCount(0, target.length()) / sourceLength;
        if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) {
            return List.of();
        }
        return List.of(new CheckResult(ID, Severity.WARNING, String.format(Locale.ROOT,
                "the translation is %.2f times as long as the source (expected %.1f to %.1f)",
                ratio, MIN_RATIO, MAX_RATIO)));
    }
}
