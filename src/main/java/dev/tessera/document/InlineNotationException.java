package dev.tessera.document;

import java.util.List;
import java.util.stream.Collectors;

/** A notation that does not carry the source's inline codes correctly, with every problem found. */
public final class InlineNotationException extends RuntimeException {

    private final List<InlineCodeProblem> problems;

    public InlineNotationException(List<InlineCodeProblem> problems) {
        super(problems.stream().map(InlineCodeProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<InlineCodeProblem> problems() {
        return problems;
    }
}
