package dev.tessera.translation.check;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The list of every {@link Check}, run together on a translation. CDI hands in every check
 * bean, so the services never name individual checks.
 *
 * <p>A {@code @Singleton} rather than {@code @ApplicationScoped}: it holds an immutable list
 * and needs no client proxy, hence no no-argument constructor.
 */
@Singleton
public class Checks {

    private static final Comparator<CheckResult> ORDER =
            Comparator.comparing(CheckResult::severity).thenComparing(CheckResult::checkId);

    private final List<Check> checks;

    @Inject
    public Checks(Instance<Check> checks) {
        this(checks.stream().toList());
    }

    private Checks(List<Check> checks) {
        // in any order: run() orders the findings, so sorting the checks too would be a second sort
        this.checks = List.copyOf(checks);
    }

    /** The given checks, without CDI (for plain tests). */
    public static Checks of(Check... checks) {
        return new Checks(Arrays.asList(checks));
    }

    /**
     * Every finding of every check: errors first, then warnings, each group ordered by check
     * id; one check's findings keep the order the check gave them.
     */
    public List<CheckResult> run(CheckInput input) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            results.addAll(check.check(input));
        }
        results.sort(ORDER);
        return List.copyOf(results);
    }

    /** Every check, ordered by id. */
    public List<Check> all() {
        return checks.stream().sorted(Comparator.comparing(Check::id)).toList();
    }

    public static boolean hasErrors(List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
    }
}
