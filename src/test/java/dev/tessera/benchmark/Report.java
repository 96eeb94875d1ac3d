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
    private final List<Stage[]> upkeep = new ArrayList<>();
    private double sustainedRatio = Double.NaN;
    private int sustainedWindow;
    private int sustainedSeconds;
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

    void sustained(Stage stage, int users, int window, List<String> deadTuples, long workLeft) {
        int last = stage.seconds;
        double firstSaves = stage.saves.rate(0, window);
        double lastSaves = stage.saves.rate(last - window, last);
        sustainedRatio = lastSaves / firstSaves;
        sustainedWindow = window;
        sustainedSeconds = last;
        sustained.append(f("| users | seconds | saves/s overall | saves/s first %1$d s | saves/s last %1$d s | last/first"
                + " | claims/s first %1$d s | claims/s last %1$d s | save p95 ms | claim p95 ms | errors |%n", window));
        sustained.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        sustained.append(f("| %d | %d | %.1f | %.1f | %.1f | %.0f %% | %.1f | %.1f | %.1f | %.1f | %d |%n%n", users, last,
                rate(stage, stage.saves), firstSaves, lastSaves, 100 * lastSaves / firstSaves,
                stage.claims.rate(0, window), stage.claims.rate(last - window, last), stage.saves.millis(95),
                stage.claims.millis(95), stage.errors.count()));
        StringBuilder perMinute = new StringBuilder("saves/s per minute:");
        for (int m = 0; m + 60 <= last; m += 60) {
            perMinute.append(f(" %.0f", stage.saves.rate(m, m + 60)));
        }
        sustained.append(perMinute).append(f("; work left afterwards: %d segments.%n%n", workLeft));
        deadTuples.forEach(line -> sustained.append("- ").append(line).append('\n'));
    }

    void upkeep(Stage with, Stage without) {
        upkeep.add(new Stage[] {with, without});
        System.out.printf("[bench] upkeep: %.1f saves/s with counters, %.1f without (%s ran first)%n", rate(with, with.saves),
                rate(without, without.saves), with.startNanos < without.startNanos ? "with" : "without");
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
        out.append(f("%nClaim capacity: Tessera's claim of a run of 10 then release, over HTTP, next to the bare SQL"
                + " claim of a run of 10 then release (BareClaims), one user per connection; which goes first changes"
                + " every round; median of %d rounds, ratios per round:%n%n", rounds(bare)));
        out.append("| users / connections | Tessera claims/s | Tessera segments/s | Tessera claim p95 ms | bare claims/s"
                + " | bare segments/s | bare claim p95 ms | claims ratio (min–max) | p95 ratio (min–max) | empty claims |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        claimOnly.forEach((users, stages) -> {
            List<Stage> base = bare.get(users);
            out.append(f("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %.0f / %.0f |%n", users,
                    median(stages, s -> rate(s, s.claims)), median(stages, s -> rate(s, s.segments)),
                    median(stages, s -> s.claims.millis(95)), median(base, s -> rate(s, s.claims)),
                    median(base, s -> rate(s, s.segments)), median(base, s -> s.claims.millis(95)),
                    Bench.spread(claimRatios(users)), Bench.spread(p95Ratios(users)),
                    median(stages, s -> s.errors.count()), median(base, s -> s.errors.count())));
        });
        out.append(f("%nSustained load:%n%n")).append(sustained);
        out.append(f("%nCounter upkeep (Tessera's save over HTTP, 32 users, on an instance with the counters and one"
                + " started with tessera.progress.counters-enabled=false; same article, runs alternating):%n%n"));
        out.append("| round | first | saves/s with counters | saves/s without | save p95 ms with / without | throughput lost |\n"
                + "|---|---|---|---|---|---|\n");
        for (int i = 0; i < upkeep.size(); i++) {
            Stage[] pair = upkeep.get(i);
            out.append(f("| %d | %s | %.1f | %.1f | %.1f / %.1f | %.0f %% |%n", i + 1,
                    pair[0].startNanos < pair[1].startNanos ? "with" : "without", rate(pair[0], pair[0].saves),
                    rate(pair[1], pair[1].saves), pair[0].saves.millis(95), pair[1].saves.millis(95),
                    100 * upkeepLost().get(i)));
        }
        out.append(f("%nProgress at scale: %s%n", generated));
        out.append("| query | p50 ms | p95 ms | p99 ms | runs |\n|---|---|---|---|---|\n");
        progress.forEach((query, h) -> out.append(row(query, h)));
        if (groupBy != null) {
            out.append(row("JDBC: GROUP BY lang, status over translation ⋈ segment", groupBy));
        }
        return out.append('\n').append(failures).toString();
    }

    /** Tessera claims/s over the bare claims/s, per round. */
    List<Double> claimRatios(int users) {
        List<Double> ratios = new ArrayList<>();
        List<Stage> stages = claimOnly.getOrDefault(users, List.of());
        for (int i = 0; i < stages.size(); i++) {
            Stage base = bare.get(users).get(i);
            ratios.add(rate(stages.get(i), stages.get(i).claims) / rate(base, base.claims));
        }
        return ratios;
    }

    /** Tessera's claim p95 over the bare claim's p95, per round. */
    List<Double> p95Ratios(int users) {
        List<Double> ratios = new ArrayList<>();
        List<Stage> stages = claimOnly.getOrDefault(users, List.of());
        for (int i = 0; i < stages.size(); i++) {
            ratios.add(stages.get(i).claims.millis(95) / bare.get(users).get(i).claims.millis(95));
        }
        return ratios;
    }

    /** 1 − with/without, per round. */
    List<Double> upkeepLost() {
        // No save finished in the stage without counters: no figure (NaN, printed as MISSED), not -Infinity.
        return upkeep.stream().map(p -> rate(p[1], p[1].saves) == 0 ? Double.NaN
                : 1 - rate(p[0], p[0].saves) / rate(p[1], p[1].saves)).toList();
    }

    /** Empty claims and error answers of the claim stages, Tessera's and the baseline's. */
    long claimErrors() {
        long errors = 0;
        for (List<Stage> stages : claimOnly.values()) {
            errors += stages.stream().mapToLong(s -> s.errors.count()).sum();
        }
        for (List<Stage> stages : bare.values()) {
            errors += stages.stream().mapToLong(s -> s.errors.count()).sum();
        }
        return errors;
    }

    /** The BENCH lines of the run, one per figure with a goal. */
    void bench() {
        for (int users : new int[] {16, 32}) {
            if (claimOnly.containsKey(users)) {
                Bench.note("claims at " + users + " users / bare, per round: " + Bench.spread(claimRatios(users)));
                Bench.atLeast("claims." + users + "users.vs_bare", Bench.median(claimRatios(users)), "x", 0.5);
            }
        }
        if (claimOnly.containsKey(64)) {
            Bench.note("claim p95 at 64 users / bare p95, per round: " + Bench.spread(p95Ratios(64)));
            Bench.atMost("claims.64users.p95_vs_bare", Bench.median(p95Ratios(64)), "x", 1.5);
        }
        if (!upkeep.isEmpty()) {
            Bench.note("counter upkeep, throughput lost per round: " + Bench.spread(upkeepLost()));
            Bench.below("saves.counter_upkeep.throughput_lost", Bench.median(upkeepLost()), "share", 0.2);
        }
        if (!Double.isNaN(sustainedRatio)) {
            Bench.note(f("sustained saves: last %d s / first %d s of a %d s stage%s", sustainedWindow, sustainedWindow,
                    sustainedSeconds, Bench.quick() ? " (quick mode: a short window, not the 10 minutes of the goal)" : ""));
            Bench.atLeast("saves.sustained_" + sustainedSeconds + "s.last_vs_first", sustainedRatio, "x", 0.7);
        }
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
