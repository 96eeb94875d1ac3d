package dev.tessera.translation.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A submitted translation must say something: a target of only whitespace or tags would
 * publish an empty sentence. Drafts may be empty.
 */
// Alike by shape only: id, name, description and severity look like every Check's; each answers for itself.
@ApplicationScoped
public class EmptyTargetCheck implements Check {

    public static final String ID = "empty-target";

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
        return "Empty target";
    }

    @Override
    public String description() {
        return "A submitted translation has text, not only whitespace or inline codes.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<CheckResult> inspect(CheckInput input) {
        if (!input.submitting() || !input.targetBlank()) {
            return List.of();
        }
        String message = CheckInput.isBlank(input.targetNotation())
                ? "the translation is empty"
                : "the translation has only inline codes and no text";
        return List.of(new CheckResult(ID, Severity.ERROR, message));
    }
}
