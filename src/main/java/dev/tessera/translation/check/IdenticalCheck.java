package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A target that repeats the source is usually the source copied into the editor and never
 * translated. Names and figures legitimately stay the same, so a source without letters is
 * left alone, and it is only a warning.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class IdenticalCheck implements Check {

    public static final String ID = "identical";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Identical to source";
    }

    @Override
    public String description() {
        return "The translation is not the source copied unchanged (sources without letters are left alone).";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        String source = input.sourcePlain().strip();
        if (source.codePoints().noneMatch(Character::isLetter) || !source.equals(input.targetPlain().strip())) {
            return List.of();
        }
        return List.of(new CheckResult(ID, Severity.WARNING, "the translation is identical to the source"));
    }
}
