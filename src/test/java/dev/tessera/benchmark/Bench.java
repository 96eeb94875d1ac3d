package dev.tessera.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What every benchmark shares: the quick mode ({@code -Dbench.quick=true}), the machine's load
 * averages, medians and spreads of rounds, and the one line per figure,
 * {@code BENCH <name> <value> <unit> goal <goal> MET|MISSED}, printed and appended to
 * {@code target/benchmark/bench.txt} so one run's lines can be read together.
 *
 * <p>A figure is a ratio to a baseline measured in the same run wherever the goal is one
 * (unit {@code x}), a share for a loss (unit {@code share}). Benchmarks assert that they did
 * the same work as their baseline, never their speed: a MISSED goal is printed, not thrown.
 */
public final class Bench {

    private static final Path LINES = Path.of("target/benchmark/bench.txt");

    private Bench() {
    }

    /** Whether the short configuration runs ({@code -Dbench.quick=true}). */
    public static boolean quick() {
        return Boolean.getBoolean("bench.quick");
    }

    /** An integer setting: the system property when given, else the quick or the full default. */
    public static int setting(String property, int full, int quick) {
        return Integer.getInteger(property, quick() ? quick : full);
    }

    /** "quick" or "full", for the lines that say which configuration ran. */
    public static String mode() {
        return quick() ? "quick" : "full";
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    public static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return "load average: " + fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "load average (1 min): %.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Prints a line about the run: mode, processors, load. */
    public static void context(String benchmark) {
        print(String.format(Locale.ROOT, "[bench] %s, %s mode, %d processors, %s", benchmark, mode(),
                Runtime.getRuntime().availableProcessors(), load()));
    }

    /** A figure that must be at least {@code goal}. */
    public static boolean atLeast(String name, double value, String unit, double goal) {
        return line(name, value, unit, ">=" + number(goal), value >= goal);
    }

    /** A figure that must be at most {@code goal}. */
    public static boolean atMost(String name, double value, String unit, double goal) {
        return line(name, value, unit, "<=" + number(goal), value <= goal);
    }

    /** A figure that must stay below {@code goal}. */
    public static boolean below(String name, double value, String unit, double goal) {
        return line(name, value, unit, "<" + number(goal), value < goal);
    }

    /** NaN (no figure) never meets a goal: every comparison with it is false. */
    private static boolean line(String name, double value, String unit, String goal, boolean met) {
        if (name.contains(" ") || unit.contains(" ")) {
            throw new IllegalArgumentException("BENCH names and units have no spaces: " + name + ", " + unit);
        }
        String line = "BENCH " + name + " " + number(value) + " " + unit + " goal " + goal + " " + (met ? "MET" : "MISSED");
        print(line);
        return met;
    }

    private static void print(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(LINES.getParent());
            Files.writeString(LINES, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[bench] could not append to " + LINES + ": " + e);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }

    /** The median; the mean of the middle two for an even count; NaN when a value is NaN (a round without a figure). */
    public static double median(List<Double> values) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v.isNaN())) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median (min–max, n rounds)" of per-round values, to print next to a figure. */
    public static String spread(List<Double> values) {
        if (values.isEmpty()) {
            return "no rounds";
        }
        if (values.stream().anyMatch(v -> v.isNaN())) {
            return "no figure in some rounds " + values;
        }
        return String.format(Locale.ROOT, "%s (%s–%s, %d rounds)", number(median(values)),
                number(Collections.min(values)), number(Collections.max(values)), values.size());
    }

    /** Prints a detail line next to the BENCH lines (how a figure was made, its spread). */
    public static void note(String text) {
        print("[bench] " + text);
    }

    private static final long STARTED = System.nanoTime();

    /** Where a benchmark's time goes: a phase's end, with the seconds since this JVM's first benchmark began. */
    public static void phase(String name) {
        note(String.format(Locale.ROOT, "%s done at %.0f s", name, (System.nanoTime() - STARTED) / 1e9));
    }
}
