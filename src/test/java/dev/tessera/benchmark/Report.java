package dev.tessera.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/** Collects the stages of a run and writes them as Markdown tables: medians over the rounds. */
final class Report {

    private final StringBuilder setup = new StringBuilder();
    private final Map<Integer, List<Stage>> work = new TreeMap<>();
    private final Map<Integer, List<Stage>> claimOnly = new TreeMap<>();
    private final Map<Integer, List<Stage>> bare = new TreeMap<>();
    private final StringBuilder sustained = new StringBuilder();
    private final List<double[]> upkeep = new ArrayList<>();
    private final Map<String, Histogram> progress = new LinkedHashMap<>();
    private Histogram groupBy;
    private String generated = "";
    private String failures = "";

    void setup(long segments, long waiting, double seconds) {
        setup.append(f("Setup: %d segments imported over the API (%d waiting in %s) and 128 translators with tokens"
                + " in %.0f s.%n", segments, waiting, "ru", seconds));
    }

    void work(int users, Stage stage) {
        work.computeIfAbsent(users, k -> new ArrayList<>()).add(stage);
        System.out.printf("[bench] %s: %.1f claims/s, %.1f saves/s, save p95 %.1f ms%n", stage.name,
                rate(stage, stage.claims), rate(stage, stage.saves), stage.saves.millis(95));
    }

    void claimOnly(int users, Stage stage) {
        claimOnly.computeIfAbsent(users, k -> new ArrayList<>()).add(stage);
        System.out.printf("[bench] %s: %.1f claims/s%n", stage.name, rate(stage, stage.claims));
    }

    void bare(int connections, Stage stage) {
        bare.computeIfAbsent(connections, k -> new ArrayList<>()).add(stage);
        System.out.printf("[bench] %s: %.1f claims/s (first 3 s %.1f)%n", stage.name, rate(stage, stage.claims),
                stage.claims.rate(0, Math.min(3, stage.seconds)));
    }

    void sustained(Stage stage, List<String> deadTuples, long workLeft) {
        int last = stage.seconds;
        double firstSaves = stage.saves.rate(0, 30);
        double lastSaves = stage.saves.rate(last - 30, last);
        sustained.append(f("| users | seconds | saves/s overall | saves/s first 30 s | saves/s last 30 s | last/first"
                + " | claims/s first 30 s | claims/s last 30 s | save p95 ms | claim p95 ms |%n"));
        sustained.append("|---|---|---|---|---|---|---|---|---|---|\n");
        sustained.append(f("| 32 | %d | %.1f | %.1f | %.1f | %.0f %% | %.1f | %.1f | %.1f | %.1f |%n%n", last,
                rate(stage, stage.saves), firstSaves, lastSaves, 100 * lastSaves / firstSaves,
                stage.claims.rate(0, 30), stage.claims.rate(last - 30, last), stage.saves.millis(95),
                stage.claims.millis(95)));
        StringBuilder perMinute = new StringBuilder("saves/s per minute:");
        for (int m = 0; m + 60 <= last; m += 60) {
            perMinute.append(f(" %.0f", stage.saves.rate(m, m + 60)));
        }
        sustained.append(perMinute).append(f("; work left afterwards: %d segments.%n%n", workLeft));
        deadTuples.forEach(line -> sustained.append("- ").append(line).append('\n'));
    }

    void upkeep(double withCounters, double withoutCounters) {
        upkeep.add(new double[] {withCounters, withoutCounters});
        System.out.printf("[bench] upkeep: %.1f saves/s with counters, %.1f without%n", withCounters, withoutCounters);
    }

    void generated(int articles, long rows, long total, double seconds) {
        generated = f("%d articles × 2 target languages generated with SQL: %d translation rows (%d in the table)"
                + " in %.0f s.%n", articles, rows, total, seconds);
    }

    void progress(String query, Histogram latencies) {
        progress.put("GET " + query, latencies);
    }

    void groupBy(Histogram latencies) {
        groupBy = latencies;
    }

    void failures(Map<Integer, String> byStatus, long emptyClaims) {
        failures = f("Non-200 answers in the work loop: %s; empty claims: %d.%n", byStatus.isEmpty() ? "none" : byStatus,
                emptyClaims);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(setup).append('\n');
        out.append(f("Translators at work (claim 10, save each as DRAFT then TRANSLATED); median of %d rounds:%n%n",
                rounds(work)));
        out.append("| users | claims/s | segments/s | saves/s | claim p50 / p95 / p99 ms | save p50 / p95 / p99 ms | errors |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        work.forEach((users, stages) -> out.append(f("| %d | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.0f |%n",
                users, median(stages, s -> rate(s, s.claims)), median(stages, s -> rate(s, s.segments)),
                median(stages, s -> rate(s, s.saves)), median(stages, s -> s.claims.millis(50)),
                median(stages, s -> s.claims.millis(95)), median(stages, s -> s.claims.millis(99)),
                median(stages, s -> s.saves.millis(50)), median(stages, s -> s.saves.millis(95)),
                median(stages, s -> s.saves.millis(99)), median(stages, s -> s.errors.count()))));
        out.append(f("%nClaim capacity: Tessera claims (run of 10, then release) vs the bare SQL claim (1 row);"
                + " median of %d rounds, ratio per round:%n%n", rounds(bare)));
        out.append("| users / connections | Tessera claims/s | Tessera segments/s | Tessera claim p95 ms | bare claims/s"
                + " | bare claim p95 ms | claims ratio | segments ratio |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        claimOnly.forEach((users, stages) -> {
            List<Stage> base = bare.get(users);
            List<Double> claimRatio = new ArrayList<>();
            List<Double> segmentRatio = new ArrayList<>();
            for (int i = 0; i < stages.size(); i++) {
                double bareRate = rate(base.get(i), base.get(i).claims);
                claimRatio.add(rate(stages.get(i), stages.get(i).claims) / bareRate);
                segmentRatio.add(rate(stages.get(i), stages.get(i).segments) / bareRate);
            }
            out.append(f("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f %% | %.0f %% |%n", users,
                    median(stages, s -> rate(s, s.claims)), median(stages, s -> rate(s, s.segments)),
                    median(stages, s -> s.claims.millis(95)), median(base, s -> rate(s, s.claims)),
                    median(base, s -> s.claims.millis(95)), 100 * median(claimRatio), 100 * median(segmentRatio)));
        });
        out.append(f("%nSustained load:%n%n")).append(sustained);
        out.append(f("%nCounter upkeep (JDBC replay of the save transaction, 32 connections, one article each run):%n%n"));
        out.append("| run | saves/s with counters | saves/s without | saves slower by |\n|---|---|---|---|\n");
        for (int i = 0; i < upkeep.size(); i++) {
            double[] pair = upkeep.get(i);
            out.append(f("| %d | %.1f | %.1f | %.0f %% |%n", i + 1, pair[0], pair[1], 100 * (pair[1] / pair[0] - 1)));
        }
        out.append(f("%nProgress at scale: %s%n", generated));
        out.append("| query | p50 ms | p95 ms | p99 ms | runs |\n|---|---|---|---|---|\n");
        progress.forEach((query, h) -> out.append(row(query, h)));
        if (groupBy != null) {
            out.append(row("JDBC: GROUP BY lang, status over translation ⋈ segment", groupBy));
        }
        return out.append('\n').append(failures).toString();
    }

    private static String row(String what, Histogram h) {
        return f("| %s | %.1f | %.1f | %.1f | %d |%n", what, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getTotalCount());
    }

    private static double rate(Stage stage, Stage.Series series) {
        return series.rate(0, stage.seconds);
    }

    private static int rounds(Map<Integer, List<Stage>> stages) {
        return stages.values().stream().mapToInt(List::size).max().orElse(0);
    }

    private static double median(List<Stage> stages, ToDoubleFunction<Stage> value) {
        return median(stages.stream().map(value::applyAsDouble).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
