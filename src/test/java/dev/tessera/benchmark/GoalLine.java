package dev.tessera.benchmark;

import java.util.Locale;

/**
 * The one line per figure that the benchmark profile's readers look for:
 * {@code BENCH <name> <value> <unit> goal <goal> MET|MISSED}.
 */
public final class GoalLine {

    private GoalLine() {
    }

    /** Prints the line and returns it. */
    public static String print(String name, double value, String unit, String goal, boolean met) {
        String line = String.format(Locale.ROOT, "BENCH %s %.2f %s goal %s %s", name, value, unit, goal,
                met ? "MET" : "MISSED");
        System.out.println(line);
        return line;
    }

    /** Whether the benchmarks run in their short configuration ({@code -Dbench.quick=true}). */
    public static boolean quick() {
        return Boolean.getBoolean("bench.quick");
    }
}
