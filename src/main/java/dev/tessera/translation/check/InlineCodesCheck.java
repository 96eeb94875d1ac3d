package dev.tessera.translation.check;

import dev.tessera.document.InlineCodeProblem;
import dev.tessera.document.InlineNotation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The target must carry exactly the source's inline codes, properly nested (order may
 * change): a lost or mistyped tag would break the reassembled document. This is the same
 * test {@link InlineNotation#parse} applies before a target is stored, worded for translators.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class InlineCodesCheck implements Check {

    public static final String ID = "inline-codes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean skipsBlankTarget() {
        return false;
    }

    @Override
    public String name() {
        return "Inline codes";
    }

    @Override
    public String description() {
        return "The translation carries exactly the source's inline codes, properly nested.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        return InlineNotation.problems(input.targetNotation(), input.sourceContent()).stream()
                .map(problem -> new CheckResult(ID, Severity.ERROR, message(problem)))
                .toList();
    }

    private static String message(InlineCodeProblem problem) {
        String tag = problem.tag();
        return switch (problem.type()) {
            case MISSING_CODE -> "missing " + tag;
            case UNKNOWN_CODE -> "extra " + tag + ": the source has no such code";
            case DUPLICATED_CODE -> "duplicated " + tag + ": it appears more often than in the source";
            case UNBALANCED_PAIR -> "unbalanced pair: " + problem.message();
            case MISNESTED_PAIR -> "misnested pair: " + problem.message();
            case MALFORMED_TAG -> "malformed tag: " + problem.message();
        };
    }
}
